//! Claims: the figures an article gives (unit, what they count, who says so) and the quotes it reports.

use std::collections::BTreeSet;
use std::ops::Range;

use marsad_arabic::dates::{find_dates, DateValue};
use marsad_arabic::sentences::sentence_spans;
use marsad_arabic::stem::{is_stopword, stem};
use marsad_arabic::tokenize::{digit_value, keyed_tokens, KeyedToken, TokenKind};
use marsad_arabic::{find_figures, match_key, parse_number_phrase, Figure, Qualifier};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::gazetteer::{Gazetteer, Kind};
use super::localities::localities;

/// A figure the article gives, with what it counts and who says so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberClaim {
    /// The figure's value; a percentage is its number (`2.5%` → 2.5).
    pub value: f64,
    /// How the text qualifies it; serialized in snake case (`about`, `at_least`, …).
    #[serde(serialize_with = "serialize_qualifier", deserialize_with = "deserialize_qualifier")]
    pub qualifier: Qualifier,
    /// The unit noun as displayed (`جندي`, `قتيلا`, `الجنود`, `%`); for `600 منهم` the unit of the
    /// figure before it in the sentence.
    pub unit: Option<String>,
    /// The unit's singular in match-key form (`جنود`, `الجنود`, `جنديا` → `جندي`; `قتلى` →
    /// `قتيل`), `%` for percentages, `""` without a unit. A partitive (`600 منهم لقوا حتفهم`)
    /// whose clause says they were killed, injured or arrested takes `قتيل`, `جريح` or `معتقل`.
    pub subject: String,
    /// What the figure counts: light stems of the content words of its clause (the unit, the
    /// figure and the attribution left out), with the match keys of the places the clause names
    /// (gazetteer canonical names; a capital adds its country); sorted and distinct.
    pub context: Vec<String>,
    /// Who says so, as displayed: the source phrase after a cue (`تقديرات من باريس وبرلين`,
    /// `وزارة الصحة`).
    pub attribution: Option<String>,
    /// The sentence the figure is in, as displayed.
    pub sentence: String,
    /// Byte range of the figure (qualifier included) in the text.
    pub span: Range<usize>,
}

/// A quotation the article reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteClaim {
    /// The words inside the quote marks, trimmed.
    pub quote: String,
    /// The name or role phrase of whoever says it, as displayed (`الرئيس الفرنسي إيمانويل ماكرون`).
    pub speaker: Option<String>,
    /// The verb that introduces it, as displayed without its `و`/`ف` (`قال`, `أكدت`).
    pub verb: Option<String>,
    /// Byte range of the quote, marks included, in the text.
    pub span: Range<usize>,
}

fn serialize_qualifier<S: Serializer>(qualifier: &Qualifier, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(qualifier.as_str())
}

fn deserialize_qualifier<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Qualifier, D::Error> {
    let name = String::deserialize(deserializer)?;
    [Qualifier::About, Qualifier::AtLeast, Qualifier::MoreThan, Qualifier::LessThan, Qualifier::Exact]
        .into_iter()
        .find(|q| q.as_str() == name)
        .ok_or_else(|| serde::de::Error::custom(format!("unknown qualifier {name}")))
}

// ---------------------------------------------------------------------------------------------
// Lexicons (match-key forms)

/// Broken plurals (and irregular sound plurals) of common news units → their singular.
const UNIT_PLURALS: &[(&str, &str)] = &[
    ("قتلي", "قتيل"),
    ("جرحي", "جريح"),
    ("جنود", "جندي"),
    ("اشخاص", "شخص"),
    ("اطفال", "طفل"),
    ("نساء", "امراه"),
    ("رجال", "رجل"),
    ("اسري", "اسير"),
    ("سجناء", "سجين"),
    ("ضحايا", "ضحيه"),
    ("شهداء", "شهيد"),
    ("عناصر", "عنصر"),
    ("افراد", "فرد"),
    ("طلاب", "طالب"),
    ("عمال", "عامل"),
    ("اطباء", "طبيب"),
    ("زوار", "زاير"),
    ("حجاج", "حاج"),
    ("سكان", "ساكن"),
    ("صواريخ", "صاروخ"),
    ("قذايف", "قذيفه"),
    ("دولارات", "دولار"),
    ("ريالات", "ريال"),
    ("جنيهات", "جنيه"),
    ("دراهم", "درهم"),
    ("دنانير", "دينار"),
    ("اطنان", "طن"),
    ("اميال", "ميل"),
    ("كيلومترات", "كيلومتر"),
    ("امتار", "متر"),
    ("براميل", "برميل"),
    ("سنوات", "سنه"),
    ("سنين", "سنه"),
    ("اعوام", "عام"),
    ("ايام", "يوم"),
    ("اشهر", "شهر"),
    ("شهور", "شهر"),
    ("اسابيع", "اسبوع"),
    ("دقايق", "دقيقه"),
    ("منازل", "منزل"),
    ("بيوت", "بيت"),
    ("مباني", "مبني"),
    ("مدارس", "مدرسه"),
    ("مستشفيات", "مستشفي"),
    ("قري", "قريه"),
    ("مدن", "مدينه"),
    ("دول", "دوله"),
    ("اهداف", "هدف"),
    ("نقاط", "نقطه"),
    ("اصوات", "صوت"),
    ("مقاعد", "مقعد"),
    ("وفيات", "وفاه"),
    ("مرات", "مره"),
    ("قرارات", "قرار"),
    ("قطاعات", "قطاع"),
    ("اتحادات", "اتحاد"),
    ("مطارات", "مطار"),
    ("اجتماعات", "اجتماع"),
    ("مشروعات", "مشروع"),
    ("حسابات", "حساب"),
    ("تصريحات", "تصريح"),
    ("امتحانات", "امتحان"),
    ("حيوانات", "حيوان"),
    ("مواقع", "موقع"),
    ("فرق", "فريق"),
    ("عقود", "عقد"),
];

/// Singular units that the stopword list or the length rules would otherwise turn away.
const UNIT_WORDS: &[&str] =
    &["عام", "يوم", "شهر", "طن", "كم", "كغ", "كلغ", "سم", "مم", "ميل", "متر", "دولار", "يورو", "ريال", "شخص", "مره"];

/// Words after a number that count part of, or more of, what the sentence counted before:
/// `600 منهم`, and `آخرون` ("others"): `قتل 5 أشخاص وأصيب 10 آخرون`.
const PARTITIVES: &[&str] = &["منهم", "منهن", "منها", "منه", "اخرون", "اخرين", "اخري", "اخر", "اخرا"];

/// Words before a definite plural that name what a figure after them counts (`عدد القتلى إلى 600`).
const COUNT_NOUNS: &[&str] = &["عدد", "اعداد", "حصيله"];

/// Stems of the clause that tell what happened to the people counted: killed, injured, arrested.
/// Each is (stem prefixes, whole stems, noun): `اسر` ("captured") only whole, as `اسره` is a family.
const OUTCOMES: [(&[&str], &[&str], &str); 3] = [
    (&["قتل", "مقتل", "حتف", "توف", "مصرع", "استشهد", "شهيد", "شهدا", "وفيات", "وفاه", "موت"], &[], "قتيل"),
    (&["اصيب", "اصاب", "جرح", "جريح", "مصاب"], &[], "جريح"),
    (&["اعتقل", "معتقل", "احتجز", "محتجز", "اوقف", "موقوف", "قبض", "اسير", "اسري"], &["اسر"], "معتقل"),
];

/// Stems too common in the clauses of figures to tell what a figure counts: reporting verbs,
/// verbs of amounting (`بلغ`, `وصل`), order and comparison words, and function words the
/// stopword list leaves (`فيما`, `بين`, `بن`). Leaving them out of contexts keeps two claims from
/// looking alike because both say "in all, reached, compared with".
const GENERIC_CONTEXT: &[&str] = &[
    "اول",
    "اخر",
    "ثان",
    "ثالث",
    "حال",
    "اجمال",
    "فتر",
    "فيما",
    "لمد",
    "ال",
    "الل",
    "اضاف",
    "بن",
    "بقيم",
    "بالغ",
    "نفس",
    "فقد",
    "بواقع",
    "بلغ",
    "يبلغ",
    "تبلغ",
    "وصل",
    "يصل",
    "تصل",
    "عدد",
    "ولا",
    "هيي",
    "احد",
    "الان",
    "بين",
    "بما",
    "بشكل",
    "بعد",
    "لكن",
    "رغم",
    "اجل",
    "جانب",
    "جاء",
    "تابع",
    "يوميا",
    "سنويا",
    "مقابل",
    "مقارن",
    "بنسب",
    "نسب",
    "مجموع",
    "قيم",
    "بنحو",
    "نحو",
    "زاد",
    "اشار",
    "اوضح",
    "كشف",
    "اعلن",
    "قال",
    "اكد",
    "ذكر",
    "افاد",
    "تم",
    "يتم",
    "خلال",
    "ضمن",
    "حوال",
    "قراب",
    "اكثر",
    "اقل",
    "مبلغ",
    "بمبلغ",
    "تجاوز",
    "يتجاوز",
    "تقريبا",
    "فقط",
    "حيث",
    "علي",
    "الي",
    "كما",
    "ايضا",
    "منذ",
    "حتي",
];

/// Prepositional attribution cues (`وفقا لـ`, `بحسب`, `نقلا عن`), with an optional `و`/`ف`.
const SOURCE_CUES: &[&str] = &["وفقا", "وفق", "طبقا", "بحسب", "حسب", "حسبما", "بحسبما", "نقلا"];

/// Verbs that attribute what follows them (`قالت وزارة الصحة إن …`), with an optional `و`/`ف`.
const SOURCE_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "قالوا",
    "اعلن",
    "اعلنت",
    "ذكر",
    "ذكرت",
    "افاد",
    "افادت",
    "اكد",
    "اكدت",
    "اوضح",
    "اوضحت",
    "قدر",
    "قدرت",
    "اشار",
    "اشارت",
    "تشير",
    "يشير",
    "صرح",
    "صرحت",
    "كشف",
    "كشفت",
    "تقول",
    "يقول",
    "تفيد",
    "يفيد",
    "تقدر",
    "يقدر",
    "افادت",
];

/// Verbs between `بحسب ما`/`حسبما` and the source (`حسبما ذكرت وسائل الإعلام`).
const REPORT_VERBS: &[&str] = &[
    "ذكر",
    "ذكرت",
    "نقل",
    "نقلت",
    "اعلن",
    "اعلنت",
    "افاد",
    "افادت",
    "قال",
    "قالت",
    "اورد",
    "اوردت",
    "نشر",
    "نشرت",
    "اظهر",
    "اظهرت",
    "اكد",
    "اكدت",
    "افادت",
];

/// Generic source nouns after which `من` continues the source (`تقديرات من باريس وبرلين`).
const SOURCE_NOUNS: &[&str] =
    &["تقديرات", "تقييمات", "مصادر", "تقارير", "بيانات", "ارقام", "احصاءات", "احصاييات", "معلومات"];

/// Nouns after `حسب`/`وفق` that make it "depending on", "in line with", not a source (`حسب نوع
/// الإصابة`, `وفقا للقانون`).
const NOT_SOURCES: &[&str] = &[
    "نوع",
    "انواع",
    "نوعها",
    "حجم",
    "طبيعه",
    "طبيعتها",
    "قرب",
    "قربها",
    "مساحه",
    "امكانيه",
    "امكانيات",
    "حاجه",
    "احتياجات",
    "رغبات",
    "رغبه",
    "ظروف",
    "اولويه",
    "اولويات",
    "حال",
    "حاله",
    "درجه",
    "مستوي",
    "كميه",
    "نسبه",
    "قدره",
    "طلب",
    "توقيت",
    "وقت",
    "موعد",
    "سعر",
    "اسعار",
    "فيه",
    "عمر",
    "سن",
    "مكان",
    "منطقه",
    "ترتيب",
    "اهميه",
    "شروط",
    "نظام",
    "قانون",
    "خطه",
    "مخطط",
    "جدول",
    "برنامج",
    "اتفاق",
    "اتفاقيه",
    "قواعد",
    "معايير",
    "اصول",
];

/// Words that end a source or speaker phrase besides stopwords: weekdays, time words and the
/// participles that start a new clause (`قائلا`, `مشيرا`).
const PHRASE_STOPS: &[&str] = &[
    "حين",
    "عندما",
    "بلغ",
    "بلغت",
    "يبلغ",
    "تبلغ",
    "كان",
    "فكان",
    "قام",
    "وكان",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "الاحد",
    "الماضي",
    "قائلا",
    "قايلا",
    "قايله",
    "مشيرا",
    "مضيفا",
    "موضحا",
    "موكدا",
    "معتبرا",
    "بشان",
    "قوله",
    "قولها",
    "قولهم",
    "لوسايل",
    "الذي",
    "التي",
];

/// Verbs that introduce a quote, with an optional `و`/`ف`; `نقل` only as `نقل … عن X`.
const SPEECH_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "قالوا",
    "اكد",
    "اكدت",
    "اكدوا",
    "اضاف",
    "اضافت",
    "اضافوا",
    "اشار",
    "اشارت",
    "اشاروا",
    "صرح",
    "صرحت",
    "صرحوا",
    "اوضح",
    "اوضحت",
    "اوضحوا",
    "تابع",
    "تابعت",
    "شدد",
    "شددت",
    "شددوا",
    "اعلن",
    "اعلنت",
    "اعرب",
    "اعربت",
    "كتب",
    "كتبت",
    "يقول",
    "تقول",
    "نقل",
    "نقلت",
];

/// Words right after a speech verb that are not its subject (`قال خلالها ماكرون`, `ونقل شولتس بدوره`).
const ADVERBIALS: &[&str] =
    &["خلالها", "خلاله", "بدوره", "بدورها", "ايضا", "كذلك", "اليوم", "امس", "لي", "لنا", "لك", "لكم"];

/// Media a speaker talks to (`قال الوزير لشبكة …`): `ل` + one of these ends a speaker phrase.
const MEDIA_NOUNS: &[&str] = &["شبكه", "صحيفه", "وكاله", "تلفزيون", "قناه", "موقع", "اذاعه", "مجله", "راديو"];

/// The most words of a source phrase, and of a speaker phrase (a role and a full name:
/// `وزيرة الخارجية الألمانية أنالينا بيربوك`).
const MAX_SOURCE_WORDS: usize = 6;
const MAX_SPEAKER_WORDS: usize = 8;
/// A source phrase at its most words goes on while the name goes on (a definite word, or one
/// with `لل`: `مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية`), up to this many, so that it is not
/// cut mid-name.
const MAX_NAMED_SOURCE_WORDS: usize = 10;

/// Relative tolerance under which an approximate figure does not conflict with another.
pub const ABOUT_TOLERANCE: f64 = 0.10;

// ---------------------------------------------------------------------------------------------
// Number claims

/// What follows a figure.
enum UnitFound {
    /// A counted noun: its display, its subject and the tokens it takes (with `من` before it).
    Noun {
        display: String,
        subject: String,
        tokens: Range<usize>,
    },
    /// `منهم`: part of what the sentence counted before.
    Partitive(Range<usize>),
    None,
}

/// A source phrase in a sentence: the cue's token, the phrase's tokens, and whether the cue is a
/// verb (which only covers what follows it).
#[derive(Debug, Clone)]
struct Source {
    cue: usize,
    phrase: Range<usize>,
    display: String,
    is_verb: bool,
}

/// Every figure in `text` that is a claim, with its unit, subject, context and attribution.
///
/// Figures are [`find_figures`]'s (dates, ordinals, list and identifier numbers already left
/// out); a bare four-digit number from 1900 to 2100 is a year unless a known unit follows it or a
/// qualifier precedes it. The unit is the noun after the number (`10 آلاف جندي`, `ألف من
/// الجنود`), else the definite plural after `عدد`/`حصيلة` before it (`ارتفع عدد القتلى إلى 45`).
/// The attribution is the nearest source of the sentence: a prepositional cue (`وفقا لـ`,
/// `بحسب`, `حسب`, `حسبما ذكرت`, `نقلا عن`) before or after the figure, or a reporting verb
/// followed by `إن`/`أن`/`:` (`قالت الوزارة إن`, `قدّرت باريس وبرلين أن`) before it; a figure
/// with neither takes a reporting verb later in its sentence.
pub fn number_claims(text: &str) -> Vec<NumberClaim> {
    let tokens = keyed_tokens(text);
    let sentences = sentence_spans(text);
    let mut claims: Vec<NumberClaim> = Vec::new();
    // The sentence of the last claim and the claims in it, for partitives.
    let mut sentence_claims: (Option<Range<usize>>, Vec<usize>) = (None, Vec::new());
    let figures = find_figures(text);
    let limits = figure_limits(&tokens, &figures);
    for (figure, limit) in figures.iter().zip(limits) {
        let Some(sentence) =
            sentences.iter().find(|s| s.start <= figure.number_span.start && figure.number_span.start < s.end)
        else {
            continue;
        };
        let sentence_tokens = token_range(&tokens, sentence);
        let first = first_token_from(&tokens, figure.number_span.start);
        let after = first_token_from(&tokens, figure.number_span.end);
        let mut unit = if figure.is_percent {
            UnitFound::Noun { display: "%".into(), subject: "%".into(), tokens: after..after }
        } else {
            unit_after(&tokens, after, sentence_tokens.end)
        };
        if matches!(unit, UnitFound::None) {
            if let Some(found) = unit_before(&tokens, first, sentence_tokens.start) {
                unit = found;
            }
        }
        if is_year(text, figure, &unit) {
            continue;
        }
        if sentence_claims.0.as_ref() != Some(sentence) {
            sentence_claims = (Some(sentence.clone()), Vec::new());
        }
        let sources = sources(text, &tokens, sentence_tokens.clone());
        let attribution = pick_source(&sources, first);

        let mut excluded: Vec<Range<usize>> = vec![token_range(&tokens, &figure.span)];
        excluded.extend(sources.iter().map(|s| s.cue..s.phrase.end));
        let (mut unit_display, mut subject) = (None, String::new());
        match &unit {
            UnitFound::Noun { display, subject: s, tokens: t } => {
                unit_display = Some(display.clone());
                subject = s.clone();
                excluded.push(t.clone());
            }
            UnitFound::Partitive(t) => {
                excluded.push(t.clone());
                if let Some(previous) = sentence_claims.1.last().and_then(|&i| claims.get(i)) {
                    unit_display = previous.unit.clone();
                    subject = previous.subject.clone();
                }
            }
            UnitFound::None => {}
        }
        let context = context_of(&tokens, sentence_tokens, first, &excluded, limit);
        if matches!(unit, UnitFound::Partitive(_)) {
            if let Some(noun) = outcome_noun(&context) {
                subject = noun.to_string();
            }
        }
        sentence_claims.1.push(claims.len());
        claims.push(NumberClaim {
            value: figure.value,
            qualifier: figure.qualifier,
            unit: unit_display,
            subject,
            context,
            attribution: attribution.map(|s| s.display.clone()),
            sentence: text[sentence.clone()].to_string(),
            span: figure.span.clone(),
        });
    }
    claims
}

/// For each figure, the tokens its context may use: from the boundary with the figure before it
/// to the boundary with the next. Two figures of one clause are parted at the first word joined
/// by `و` after the first one and its noun (`قتل 5 أشخاص | وأصيب 10 آخرون`), else where the
/// second begins.
fn figure_limits(tokens: &[KeyedToken], figures: &[Figure]) -> Vec<Range<usize>> {
    let spans: Vec<Range<usize>> = figures.iter().map(|f| token_range(tokens, &f.span)).collect();
    let joined = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Arabic && t.key.starts_with('و') && t.key.chars().count() > 2)
    };
    let boundaries: Vec<usize> = spans
        .windows(2)
        .map(|pair| {
            let (a, b) = (&pair[0], &pair[1]);
            let from = (a.end + 1).min(b.start);
            (from..b.start).find(|&i| joined(i)).unwrap_or(b.start)
        })
        .collect();
    (0..spans.len())
        .map(|i| {
            let start = if i == 0 { 0 } else { boundaries.get(i - 1).copied().unwrap_or(0) };
            let end = boundaries.get(i).copied().unwrap_or(tokens.len());
            start..end.max(start)
        })
        .collect()
}

/// Index of the first token starting at or after byte `at`.
fn first_token_from(tokens: &[KeyedToken], at: usize) -> usize {
    tokens.partition_point(|t| t.span.start < at)
}

/// The indices of the tokens inside the byte range `span`.
fn token_range(tokens: &[KeyedToken], span: &Range<usize>) -> Range<usize> {
    let start = first_token_from(tokens, span.start);
    let end = tokens.partition_point(|t| t.span.start < span.end);
    start..end.max(start)
}

/// The Arabic word at `i` if it is before `end`.
fn arabic_word<'t, 'a>(tokens: &'t [KeyedToken<'a>], i: usize, end: usize) -> Option<&'t KeyedToken<'a>> {
    tokens.get(i).filter(|t| i < end && t.kind == TokenKind::Arabic)
}

fn is_punct(token: &KeyedToken, signs: &[&str]) -> bool {
    token.kind == TokenKind::Punct && signs.contains(&token.text)
}

/// The counted noun after a figure's number (at token `i`).
fn unit_after(tokens: &[KeyedToken], i: usize, end: usize) -> UnitFound {
    let Some(word) = arabic_word(tokens, i, end) else { return UnitFound::None };
    let key = word.key.as_str();
    if PARTITIVES.contains(&key) {
        return UnitFound::Partitive(i..i + 1);
    }
    if key == "من" {
        // ألف من الجنود, 15 ألفا من جنودها: only a plural continues the figure.
        let Some(noun) = arabic_word(tokens, i + 1, end) else { return UnitFound::None };
        let bare = strip_pronoun(strip_article(&noun.key));
        return match plural_to_singular(bare) {
            Some(subject) => UnitFound::Noun { display: noun.text.to_string(), subject, tokens: i..i + 2 },
            None => UnitFound::None,
        };
    }
    let known = is_known_unit(key) || is_known_unit(strip_tanween(key));
    // A counted noun is indefinite: a definite word, a function word, a number word or a past
    // plural verb (`قتلوا`) after a number is something else.
    let not_a_noun = is_definite(key)
        || is_stopword(key)
        || key.chars().count() < 3
        || (key.ends_with("وا") && key.chars().count() > 4)
        || is_joined_verb(key)
        || parse_number_phrase(word.text).is_some();
    if not_a_noun && !known {
        return UnitFound::None;
    }
    UnitFound::Noun { display: word.text.to_string(), subject: singular(key), tokens: i..i + 1 }
}

/// True if the word is `و`/`ف` and a verb in the imperfect or of a derived form (`وأنهى`, `ويأتي`,
/// `وتم`): a new clause after the number (`فاز 25/ 15 وأنهى المباراة`), not what it counts. Nouns
/// that start with `و` (`وظيفة`, `وحدة`) go on with another letter.
fn is_joined_verb(key: &str) -> bool {
    let Some(rest) = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')) else { return false };
    rest.chars().count() >= 2 && rest.starts_with(['ا', 'ي', 'ت', 'ن'])
}

/// The definite plural after `عدد`/`حصيلة` shortly before a figure with no noun after it.
fn unit_before(tokens: &[KeyedToken], first: usize, sentence_start: usize) -> Option<UnitFound> {
    let from = first.saturating_sub(6).max(sentence_start);
    for j in (from..first).rev() {
        let token = tokens.get(j)?;
        if token.kind == TokenKind::Punct {
            return None;
        }
        let key = token.key.as_str();
        let base = key.strip_prefix('و').or_else(|| key.strip_prefix('ب')).unwrap_or(key);
        if COUNT_NOUNS.contains(&key) || COUNT_NOUNS.contains(&base) {
            let noun = arabic_word(tokens, j + 1, first)?;
            let bare = strip_article(&noun.key);
            if is_stopword(&noun.key) || is_stopword(bare) {
                return None;
            }
            return Some(UnitFound::Noun { display: noun.text.to_string(), subject: singular(bare), tokens: j..j + 2 });
        }
    }
    None
}

/// True if the figure is a bare year (`في 2024`): four digits from 1900 to 2100, exact, with no
/// known unit after it.
fn is_year(text: &str, figure: &Figure, unit: &UnitFound) -> bool {
    let number = text.get(figure.number_span.clone()).unwrap_or("");
    let four_digits = number.chars().count() == 4 && number.chars().all(|c| digit_value(c).is_some());
    let known_unit = match unit {
        UnitFound::Noun { subject, .. } => is_known_unit(subject),
        _ => false,
    };
    four_digits
        && !figure.is_percent
        && figure.qualifier == Qualifier::Exact
        && (1900.0..=2100.0).contains(&figure.value)
        && !known_unit
}

fn is_definite(key: &str) -> bool {
    ["ال", "وال", "فال", "بال", "كال", "لل"].iter().any(|p| key.starts_with(p))
}

/// The word without its article (and a preposition or conjunction joined to it).
fn strip_article(key: &str) -> &str {
    for prefix in ["وبال", "وال", "فال", "بال", "كال", "لل", "ال"] {
        if let Some(rest) = key.strip_prefix(prefix).filter(|r| r.chars().count() >= 2) {
            return rest;
        }
    }
    key
}

/// The word without a possessive pronoun (`جنودها` → `جنود`).
fn strip_pronoun(key: &str) -> &str {
    for suffix in ["هم", "ها", "هن"] {
        if let Some(rest) = key.strip_suffix(suffix).filter(|r| r.chars().count() >= 3) {
            return rest;
        }
    }
    key
}

/// The word without the alif of the accusative indefinite (`جنديا` → `جندي`, `عاما` → `عام`).
fn strip_tanween(key: &str) -> &str {
    match key.strip_suffix('ا') {
        Some(rest) if rest.chars().count() >= 3 || UNIT_WORDS.contains(&rest) => rest,
        _ => key,
    }
}

fn is_known_unit(key: &str) -> bool {
    UNIT_WORDS.contains(&key) || UNIT_PLURALS.iter().any(|&(plural, single)| key == plural || key == single)
}

/// The singular of a plural noun, if it is one: the lexicon, else a sound plural (`مدنيون`,
/// `مصابين` → drop `ون`/`ين`; `طائرات` → `طايره`).
fn plural_to_singular(key: &str) -> Option<String> {
    if let Some(&(_, single)) = UNIT_PLURALS.iter().find(|&&(plural, _)| plural == key) {
        return Some(single.to_string());
    }
    let letters = |s: &str| s.chars().count();
    let sound = if let Some(rest) = key.strip_suffix("ون").or_else(|| key.strip_suffix("ين")) {
        (letters(rest) >= 3).then(|| rest.to_string())
    } else if let Some(rest) = key.strip_suffix("ات") {
        (letters(rest) >= 2).then(|| format!("{rest}ه"))
    } else {
        None
    }?;
    Some(UNIT_PLURALS.iter().find(|&&(plural, _)| plural == sound).map_or(sound, |&(_, single)| single.to_string()))
}

/// The singular match-key form of a unit noun (in match-key form).
fn singular(key: &str) -> String {
    if let Some(single) = plural_to_singular(key) {
        return single;
    }
    let bare = strip_tanween(key);
    if is_known_unit(bare) && bare != key {
        return plural_to_singular(bare).unwrap_or_else(|| bare.to_string());
    }
    if bare != key {
        // جنديا, شخصا, دولارا: the accusative of a singular.
        return bare.to_string();
    }
    key.to_string()
}

/// The noun of what happened to the people a context counts, if it says: `قتيل`, `جريح`, `معتقل`.
fn outcome_noun(context: &[String]) -> Option<&'static str> {
    let found: Vec<&str> = outcomes(context);
    match found[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// The outcomes (as their nouns) a context mentions.
pub(crate) fn outcomes(context: &[String]) -> Vec<&'static str> {
    OUTCOMES
        .iter()
        .filter(|(prefixes, whole, _)| {
            context.iter().any(|s| whole.contains(&s.as_str()) || prefixes.iter().any(|p| s.starts_with(p)))
        })
        .map(|&(_, _, noun)| noun)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Attribution

/// The word without a leading conjunction `و`/`ف` if what is left is in `words`.
fn base_in<'k>(key: &'k str, words: &[&str]) -> Option<&'k str> {
    if words.contains(&key) {
        return Some(key);
    }
    let rest = key.strip_prefix('و').or_else(|| key.strip_prefix('ف'))?;
    words.contains(&rest).then_some(rest)
}

/// The sources named in the sentence made of `range` (token indices).
fn sources(text: &str, tokens: &[KeyedToken], range: Range<usize>) -> Vec<Source> {
    let mut found = Vec::new();
    for i in range.clone() {
        let Some(token) = arabic_word(tokens, i, range.end) else { continue };
        let key_at = |j: usize| tokens.get(j).filter(|_| j < range.end).map(|t| t.key.as_str());
        if let Some(cue) = base_in(&token.key, SOURCE_CUES) {
            let mut j = i + 1;
            let mut attached_l = false;
            match cue {
                "وفقا" | "طبقا" => {
                    if key_at(j) == Some("ل") {
                        j += 1;
                    } else {
                        attached_l = key_at(j).is_some_and(|k| k.starts_with('ل'));
                        if !attached_l {
                            continue;
                        }
                    }
                }
                "نقلا" => {
                    if key_at(j) != Some("عن") {
                        continue;
                    }
                    j += 1;
                }
                _ => {
                    if cue.ends_with("ما") || key_at(j) == Some("ما") {
                        if key_at(j) == Some("ما") {
                            j += 1;
                        }
                        // A verb with its object pronoun: حسبما نقلته وكالة رويترز.
                        let reports = |k: &str| {
                            let bare = k.strip_suffix("ها").or_else(|| k.strip_suffix('ه')).unwrap_or(k);
                            base_in(k, REPORT_VERBS).is_some() || base_in(bare, REPORT_VERBS).is_some()
                        };
                        if key_at(j).is_some_and(reports) {
                            j += 1;
                        }
                        if key_at(j).is_some_and(|k| matches!(k, "عنه" | "عنها" | "عنهم")) {
                            j += 1;
                        }
                    }
                }
            }
            if let Some((phrase, display)) = source_phrase(text, tokens, j, range.end, attached_l) {
                let head = tokens.get(phrase.start).map(|t| if attached_l { strip_l(&t.key) } else { t.key.clone() });
                if head.is_some_and(|h| NOT_SOURCES.contains(&strip_article(&h))) {
                    continue;
                }
                found.push(Source { cue: i, phrase, display, is_verb: false });
            }
        } else if base_in(&token.key, SOURCE_VERBS).is_some() {
            let Some((phrase, display)) = source_phrase(text, tokens, i + 1, range.end, false) else { continue };
            if says_that(tokens, phrase.end, range.end) {
                found.push(Source { cue: i, phrase, display, is_verb: true });
            }
        }
    }
    found
}

/// True if `إن`/`أن` (or `إلى أن`, or `:`) follows within a few words of `from`: what comes after
/// is what the source says (`قالت الوزارة في بيان إن`).
fn says_that(tokens: &[KeyedToken], from: usize, end: usize) -> bool {
    for j in from..(from + 5).min(end) {
        let Some(token) = tokens.get(j) else { return false };
        if token.kind == TokenKind::Punct {
            return token.text == ":";
        }
        if matches!(token.key.as_str(), "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه") {
            return true;
        }
    }
    false
}

/// The source phrase starting at token `start`: 1 to [`MAX_SOURCE_WORDS`] words, ending before
/// punctuation, a number, a function word, a cue or a verb of saying; `من` continues it after a
/// generic source noun (`تقديرات من باريس`). With `attached_l`, the first word's `ل` (of `وفقا لـ`)
/// is left out of the display (`للتقييمات` → `التقييمات`).
fn source_phrase(
    text: &str,
    tokens: &[KeyedToken],
    start: usize,
    end: usize,
    attached_l: bool,
) -> Option<(Range<usize>, String)> {
    let mut k = start;
    let mut words = 0;
    let mut after_source_noun = false;
    while k < end && words < MAX_NAMED_SOURCE_WORDS {
        let token = tokens.get(k)?;
        if !is_word(token) || parse_number_phrase(token.text).is_some() {
            break;
        }
        let key = if k == start && attached_l { strip_l(&token.key) } else { token.key.clone() };
        if key == "من" && after_source_noun {
            k += 1;
            after_source_noun = false;
            continue;
        }
        // An imperfect verb after the source's first word begins what it does (`منظمات إغاثة
        // تعمل …`); a future `س` is not read here (`من سيول`: Seoul).
        let verb = words > 0 && key.starts_with(['ي', 'ت', 'ن']) && super::entities::looks_like_verb(&key);
        if ends_phrase(&key) || verb {
            break;
        }
        let continues_name = key.starts_with("ال") || key.starts_with("لل");
        if words >= MAX_SOURCE_WORDS && !continues_name {
            break;
        }
        after_source_noun = SOURCE_NOUNS.contains(&strip_article(&key));
        k += 1;
        words += 1;
    }
    // A dangling `من` is not part of the phrase.
    while k > start && tokens.get(k - 1).is_some_and(|t| t.key == "من") {
        k -= 1;
    }
    if k == start {
        return None;
    }
    let first = tokens.get(start)?;
    let last = tokens.get(k - 1)?;
    let head = if attached_l { display_without_l(first.text) } else { first.text.to_string() };
    let display = format!("{head}{}", text.get(first.span.end..last.span.end).unwrap_or(""));
    Some((start..k, display))
}

/// True if the word (match key) ends a source or speaker phrase.
fn ends_phrase(key: &str) -> bool {
    is_stopword(key)
        || PHRASE_STOPS.contains(&key)
        || base_in(key, SOURCE_CUES).is_some()
        || base_in(key, SOURCE_VERBS).is_some()
        || base_in(key, SPEECH_VERBS).is_some()
}

/// A key without its leading preposition `ل` (`للتقييمات` → `التقييمات`, `لتقديرات` → `تقديرات`).
fn strip_l(key: &str) -> String {
    if let Some(rest) = key.strip_prefix("لل") {
        format!("ال{rest}")
    } else {
        key.strip_prefix('ل').unwrap_or(key).to_string()
    }
}

/// The display form of a word without its leading preposition `ل` (and a tatweel after it).
fn display_without_l(word: &str) -> String {
    let rest = word.strip_prefix('ل').unwrap_or(word);
    let rest = rest.trim_start_matches('\u{0640}');
    if rest.starts_with('ل') && word.starts_with('ل') {
        // للتقييمات: ل + (ا)لتقييمات.
        format!("ا{rest}")
    } else {
        rest.to_string()
    }
}

/// The attribution of a figure at token `at`: the nearest prepositional cue, or verb before it;
/// failing both, the nearest verb after it.
fn pick_source(sources: &[Source], at: usize) -> Option<&Source> {
    let distance = |s: &Source| s.cue.abs_diff(at);
    sources
        .iter()
        .filter(|s| !s.is_verb || s.cue < at)
        .min_by_key(|s| distance(s))
        .or_else(|| sources.iter().filter(|s| s.is_verb).min_by_key(|s| distance(s)))
}

// ---------------------------------------------------------------------------------------------
// Context

/// Punctuation that ends a clause.
const CLAUSE_SIGNS: &[&str] = &["،", ",", "؛", ";", ":", "(", ")", "–", "—"];

/// The context stems of the figure at token `at` in the sentence `sentence` (token indices), within
/// `limit` ([`figure_limits`]): its clause's, or the sentence's when the clause has fewer than two.
fn context_of(
    tokens: &[KeyedToken],
    sentence: Range<usize>,
    at: usize,
    excluded: &[Range<usize>],
    limit: Range<usize>,
) -> Vec<String> {
    let sentence = sentence.start.max(limit.start)..sentence.end.min(limit.end).max(sentence.start.max(limit.start));
    let mut start = at.clamp(sentence.start, sentence.end);
    while start > sentence.start && !tokens.get(start - 1).is_some_and(|t| is_punct(t, CLAUSE_SIGNS)) {
        start -= 1;
    }
    let mut end = start.max(at.min(sentence.end));
    while end < sentence.end && !tokens.get(end).is_some_and(|t| is_punct(t, CLAUSE_SIGNS)) {
        end += 1;
    }
    let clause = stems_in(tokens, start..end, excluded);
    if clause.len() >= 2 {
        clause
    } else {
        stems_in(tokens, sentence, excluded)
    }
}

fn stems_in(tokens: &[KeyedToken], range: Range<usize>, excluded: &[Range<usize>]) -> Vec<String> {
    let mut stems = BTreeSet::new();
    let mut kept_text = String::new();
    for i in range {
        if excluded.iter().any(|r| r.contains(&i)) {
            continue;
        }
        let Some(token) = tokens.get(i) else { continue };
        kept_text.push_str(token.text);
        kept_text.push(' ');
        let key = token.key.as_str();
        if token.kind != TokenKind::Arabic || key.chars().count() < 2 || is_stopword(key) {
            continue;
        }
        if parse_number_phrase(token.text).is_some() || PHRASE_STOPS.contains(&key) {
            continue;
        }
        let stem = context_stem(key);
        if !GENERIC_CONTEXT.contains(&stem.as_str()) {
            stems.insert(stem);
        }
    }
    for entry in Gazetteer::shipped().find(&kept_text) {
        stems.insert(match_key(&entry.name));
        if entry.kind == Kind::Capital {
            if let Some(country) = &entry.country {
                stems.insert(match_key(country));
            }
        }
    }
    stems.into_iter().collect()
}

/// How a context word (a light stem, or a place's match key) is written in `sentence`: the first
/// word there with that stem, or the words of that place; a place written otherwise (with a
/// proclitic) takes the gazetteer's name. `None` if neither says.
pub fn context_display(word: &str, sentence: &str) -> Option<String> {
    let tokens = keyed_tokens(sentence);
    let words: Vec<&str> = word.split(' ').collect();
    if words.len() == 1 {
        let found = tokens.iter().find(|t| t.kind == TokenKind::Arabic && context_stem(&t.key) == word);
        if let Some(token) = found {
            return Some(token.text.to_owned());
        }
    } else {
        let arabic: Vec<&KeyedToken> = tokens.iter().filter(|t| t.kind == TokenKind::Arabic).collect();
        for run in arabic.windows(words.len()) {
            if run.iter().zip(&words).all(|(t, w)| t.key == *w) {
                let (Some(first), Some(last)) = (run.first(), run.last()) else { continue };
                return sentence.get(first.span.start..last.span.end).map(str::to_owned);
            }
        }
    }
    Gazetteer::shipped().find(word).into_iter().find(|e| match_key(&e.name) == word).map(|e| e.name.clone())
}

/// The light stem of a context word, with the endings of past verbs folded (`أرسلت` → `ارسل`,
/// `قتلوا` → `قتل`) so that reports in other persons match.
fn context_stem(key: &str) -> String {
    let stemmed = stem(key);
    let letters = stemmed.chars().count();
    if letters >= 5 && stemmed.ends_with("وا") {
        return stemmed.trim_end_matches("وا").to_string();
    }
    match stemmed.strip_suffix('ت') {
        Some(rest) if letters >= 4 => rest.to_string(),
        _ => stemmed,
    }
}

// ---------------------------------------------------------------------------------------------
// Comparing number claims

/// The same unit (a final `ه` aside) and no different outcome (killed, injured, arrested): the
/// first half of [`subjects_agree`], enough within one event's reports.
pub fn same_unit_and_outcome(a: &NumberClaim, b: &NumberClaim) -> bool {
    let fold = |s: &str| s.strip_suffix('ه').filter(|r| r.chars().count() >= 2).unwrap_or(s).to_string();
    if a.subject.is_empty() || fold(&a.subject) != fold(&b.subject) {
        return false;
    }
    let (outcomes_a, outcomes_b) = (outcomes(&a.context), outcomes(&b.context));
    outcomes_a.is_empty() || outcomes_b.is_empty() || outcomes_a.iter().any(|o| outcomes_b.contains(o))
}

/// True if two number claims could count the same thing: the same non-empty subject (a final
/// `ه` aside, as masculine plurals in `ات` not in the lexicon get one: `اختبارات` → `اختباره`), no
/// different outcome (one says killed, the other injured or arrested), and at least one shared
/// context stem.
pub fn subjects_agree(a: &NumberClaim, b: &NumberClaim) -> bool {
    if !same_unit_and_outcome(a, b) {
        return false;
    }
    shared_context(a, b) >= 1
}

/// Units that are what happened to the people counted (in singular match-key form).
const CASUALTY_UNITS: &[&str] = &[
    "قتيل",
    "جريح",
    "مصاب",
    "معتقل",
    "اسير",
    "نازح",
    "مفقود",
    "لاجي",
    "مشرد",
    "ضحيه",
    "شهيد",
    "وفاه",
    "مختطف",
    "رهينه",
];

/// True if the claim counts people something happened to: its unit says so (`نازح`, `قتيل`), or
/// its clause says they were killed, injured or arrested (`قتل 4 مدنيين`).
pub fn counts_casualties(claim: &NumberClaim) -> bool {
    CASUALTY_UNITS.contains(&claim.subject.as_str()) || !outcomes(&claim.context).is_empty()
}

/// Where and when a claim's sentence sets its figure: the places it names, from the smallest
/// (localities) to countries, and the weekdays it tells of.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Setting {
    /// Localities the gazetteer does not list (`بلدة اليادودة`), as match keys.
    pub localities: BTreeSet<String>,
    /// Towns and capitals (gazetteer names).
    pub towns: BTreeSet<String>,
    /// Regions and provinces (gazetteer names).
    pub regions: BTreeSet<String>,
    /// Countries, a town's or capital's country included.
    pub countries: BTreeSet<String>,
    /// Days of the week the sentence names as past or present (`أمس الجمعة`, `اليوم (الاثنين)`),
    /// Monday = 0.
    pub weekdays: BTreeSet<u32>,
}

impl Setting {
    /// The gazetteer places and localities of the claim's sentence, but for those naming its
    /// source (`حسبما أكدت كييف`), and the weekdays it names (not `الجمعة الماضي`: that tells an
    /// earlier day than the sentence's own, see [`tells_another_count`]).
    pub fn of(claim: &NumberClaim) -> Setting {
        let gazetteer = Gazetteer::shipped();
        let source = claim.attribution.as_deref().map(|a| gazetteer.find(a)).unwrap_or_default();
        let mut setting = Setting::default();
        for entry in gazetteer.find(&claim.sentence).into_iter().filter(|e| !source.contains(e)) {
            let name = entry.name.clone();
            match entry.kind {
                Kind::Org => {}
                Kind::Country => {
                    setting.countries.insert(name);
                }
                Kind::Region => {
                    setting.regions.insert(name);
                    setting.countries.extend(entry.country.clone());
                }
                Kind::Capital | Kind::City => {
                    setting.towns.insert(name);
                    setting.countries.extend(entry.country.clone());
                }
            }
        }
        let listed = |name: &str| !gazetteer.find(name).is_empty() || !gazetteer.find(&format!("ال{name}")).is_empty();
        let unlisted = localities(&claim.sentence).into_iter().filter(|name| !listed(name));
        setting.localities.extend(unlisted);
        setting.weekdays = find_dates(&claim.sentence)
            .into_iter()
            .filter(|date| !match_key(&claim.sentence[date.span.clone()]).contains(PAST_MARK))
            .filter_map(|date| match date.value {
                DateValue::Weekday(day) => Some(day.num_days_from_monday()),
                _ => None,
            })
            .collect();
        setting
    }

    /// True if two sentences set their figures apart: they name places below the country and
    /// none in common, or at the smallest kind of place both name (localities, towns, regions,
    /// countries) different ones and no common one; or they name different days. The dead of
    /// Aleppo are not the dead of Daraa, nor a crash in Jazan one in Medina, nor fighters killed
    /// near Ramadi those killed in Fallujah though both sentences name Anbar, nor Friday's strikes
    /// Saturday's, whatever else the sentences share.
    pub fn apart(&self, other: &Setting) -> bool {
        fn both<T>(x: &BTreeSet<T>, y: &BTreeSet<T>) -> bool {
            !x.is_empty() && !y.is_empty()
        }
        let levels = [
            (&self.localities, &other.localities),
            (&self.towns, &other.towns),
            (&self.regions, &other.regions),
            (&self.countries, &other.countries),
        ];
        let below_country = |s: &Setting| -> BTreeSet<String> {
            s.localities.iter().chain(&s.towns).chain(&s.regions).cloned().collect()
        };
        let (mine, theirs) = (below_country(self), below_country(other));
        let places_apart = (both(&mine, &theirs) && mine.is_disjoint(&theirs))
            || levels.into_iter().find(|(x, y)| both(x, y)).is_some_and(|(x, y)| x.is_disjoint(y));
        places_apart || (both(&self.weekdays, &other.weekdays) && self.weekdays.is_disjoint(&other.weekdays))
    }
}

/// The mark of a past weekday or month (`الجمعة الماضي`, `الشهر الماضي`), in match-key form.
const PAST_MARK: &str = "الماضي";

/// Words telling that a figure is an earlier count than the sentence's time, or a toll revised
/// since (match keys): `سابقا`, `ارتفعت الحصيلة إلى`, `ليصل عدد القتلى إلى`.
const ANOTHER_COUNT_WORDS: &[&str] = &[
    "سابقا",
    "ارتفع",
    "ارتفعت",
    "وارتفع",
    "وارتفعت",
    "لترتفع",
    "ليرتفع",
    "ترتفع",
    "يرتفع",
    "ارتفاع",
    "ليصل",
    "لتصل",
    "ليبلغ",
    "لتبلغ",
];

/// Word pairs telling the same (match keys, articles aside): `في وقت سابق`, `المعلومات الأولية`,
/// `حصيلة جديدة`, `الحصيلة السابقة`. Alone, `سابق` is also "former" (`الرئيس السابق`) and `جديدة`
/// "new" (`قناة السويس الجديدة`).
const ANOTHER_COUNT_PAIRS: &[(&str, &str)] = &[
    ("وقت", "سابق"),
    ("حصيله", "سابقه"),
    ("حصيله", "جديده"),
    ("حصيله", "اوليه"),
    ("حصيله", "باتت"),
    ("معلومات", "اوليه"),
    ("تقديرات", "اوليه"),
    ("تقديرات", "سابقه"),
];

/// The verb `كان` opening a sentence: `وكانت الوزارة قد أعلنت`, `وكان 14 شخصا قد لقوا حتفهم`
/// tell an earlier report.
const PLUPERFECT_OPENERS: &[&str] = &["كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"];

/// True if the claim's sentence tells a count of another moment than the report's own: an
/// earlier one (`وكانت الوزارة قالت أمس إن الحصيلة 18 قتيلا`, `في وقت سابق`, `الجمعة الماضي`,
/// `الشهر الماضي` but not `منذ العام الماضي`, a count since then) or one revised since (`ارتفعت حصيلة القتلى إلى 29`). Sources giving such counts are not
/// thereby in disagreement with a report of other moment: it is a toll's history.
pub fn tells_another_count(claim: &NumberClaim) -> bool {
    let tokens = keyed_tokens(&claim.sentence);
    let keys: Vec<&str> = tokens.iter().filter(|t| t.kind == TokenKind::Arabic).map(|t| t.key.as_str()).collect();
    let opens_pluperfect = keys.first().is_some_and(|first| PLUPERFECT_OPENERS.contains(first));
    fn bare(key: &str) -> &str {
        key.strip_prefix("ال").unwrap_or(key)
    }
    let of_a_past_time =
        keys.windows(3).any(|words| matches!(words[2], PAST_MARK | "الماضيه") && base_in(words[0], &["منذ"]).is_none());
    opens_pluperfect
        || of_a_past_time
        || keys.iter().any(|key| ANOTHER_COUNT_WORDS.contains(key))
        || keys.windows(2).any(|pair| {
            let (first, second) = (bare(pair[0]), bare(pair[1]));
            ANOTHER_COUNT_PAIRS.iter().any(|(a, b)| first == *a && second == *b)
        })
}

/// How many context stems two claims share.
pub fn shared_context(a: &NumberClaim, b: &NumberClaim) -> usize {
    // Both contexts are sorted and distinct.
    super::fingerprint::shared_count(&a.context, &b.context)
}

/// What a qualifier makes of a value.
enum Bound {
    /// A value, approximate or not.
    Point { value: f64, about: bool },
    /// At least (or more than) the value.
    Lower(f64),
    /// Less than (or at most) the value.
    Upper(f64),
}

fn bound(claim: &NumberClaim) -> Bound {
    match claim.qualifier {
        Qualifier::AtLeast | Qualifier::MoreThan => Bound::Lower(claim.value),
        Qualifier::LessThan => Bound::Upper(claim.value),
        Qualifier::About => Bound::Point { value: claim.value, about: true },
        Qualifier::Exact => Bound::Point { value: claim.value, about: false },
    }
}

/// True if `round`, a whole number of thousands or coarser with two significant digits or more,
/// is `precise` rounded to its last non-zero digit, and `precise` is written at least two digits
/// finer: `440 ألف` and `440,885`, `13.8 مليون` and `13,809,879` are one figure; `10 آلاف` and
/// `10,500` are not.
fn is_rounding_of(round: f64, precise: f64) -> bool {
    let whole = |v: f64| v.fract() == 0.0 && v > 0.0 && v < 1e15;
    if !whole(round) || !whole(precise) {
        return false;
    }
    let trailing_zeros = |v: f64| {
        let (mut v, mut zeros) = (v as u64, 0);
        while v > 0 && v % 10 == 0 {
            v /= 10;
            zeros += 1;
        }
        zeros
    };
    let zeros = trailing_zeros(round);
    if zeros < 3 || trailing_zeros(precise) + 2 > zeros {
        return false;
    }
    let unit = 10f64.powi(zeros);
    // One significant digit (`10 آلاف`) is a figure of its own, not a rounding.
    round / unit >= 10.0 && (precise / unit).round() * unit == round
}

/// True if two claims' values cannot both hold (the caller checks their subjects first).
///
/// Equal values never conflict. Two values conflict if they differ, unless one of them is
/// approximate (`نحو`) and they are within [`ABOUT_TOLERANCE`] (10%) of the larger, or one is the
/// other rounded (`440 ألف` and `440,885`). A bound
/// (`ما لا يقل عن 600`, `أكثر من 600`, `أقل من 600`) conflicts only with what falls outside it (an
/// approximate value may move by the tolerance to meet it): `at least 600` and `700` agree,
/// `at least 600` and `500` conflict; two lower (or two upper) bounds never conflict, and a lower
/// bound conflicts with an upper one below it.
pub fn values_conflict(a: &NumberClaim, b: &NumberClaim) -> bool {
    let (x, y) = (a.value, b.value);
    if (x - y).abs() <= f64::EPSILON * x.abs().max(y.abs()).max(1.0) {
        return false;
    }
    let slack = |value: f64, about: bool| if about { value.abs() * ABOUT_TOLERANCE } else { 0.0 };
    match (bound(a), bound(b)) {
        (Bound::Point { value: p, about: pa }, Bound::Point { value: q, about: qa }) => {
            let close = (pa || qa) && (p - q).abs() <= ABOUT_TOLERANCE * p.abs().max(q.abs());
            !(close || is_rounding_of(p, q) || is_rounding_of(q, p))
        }
        (Bound::Point { value, about }, Bound::Lower(low)) | (Bound::Lower(low), Bound::Point { value, about }) => {
            value + slack(value, about) < low
        }
        (Bound::Point { value, about }, Bound::Upper(high)) | (Bound::Upper(high), Bound::Point { value, about }) => {
            value - slack(value, about) > high
        }
        (Bound::Lower(low), Bound::Upper(high)) | (Bound::Upper(high), Bound::Lower(low)) => low >= high,
        (Bound::Lower(_), Bound::Lower(_)) | (Bound::Upper(_), Bound::Upper(_)) => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Quote claims

/// Every quotation of at least three words in `text`, with its speaker and verb.
///
/// Quote marks pair within a line: `«…»`, `“…”`, `„…“`, `”…”`, `"…"`, `″…″`, `‘…’`. The speaker
/// is the phrase after the nearest verb of saying before the quote in its sentence (`وقال ماكرون:
/// "…"`, `قال الرئيس الفرنسي إيمانويل ماكرون إن "…"`, `ونقلت الوكالة عن ماكرون قوله "…"`), up to
/// `:`, `،`, `إن`/`أن`, a preposition or the quote (1 to 8 words); or after the quote (`"…"، قال
/// بلينكن`). A verb with no name after it (`وأضاف: "…"`) takes the name just before it (`أن ماكرون
/// أكد أنه "…"`), else the speaker of the previous quote on the same line (one paragraph), else
/// none. A quote with no verb before it in its sentence continues the previous quote of that
/// sentence and takes its speaker. Speakers are phrases, not resolved entities.
pub fn quote_claims(text: &str) -> Vec<QuoteClaim> {
    let tokens = keyed_tokens(text);
    let mut claims: Vec<QuoteClaim> = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_range = line_start..line_start + line.len();
        line_start += line.len();
        let mut previous: Option<usize> = None;
        for (outer, inner) in quote_spans(line, line_range.start) {
            let inside = token_range(&tokens, &inner);
            let words = inside.clone().filter(|&i| tokens.get(i).is_some_and(is_word)).count();
            if words < 3 {
                continue;
            }
            let window_start = {
                let after_previous = previous.and_then(|p| claims.get(p)).map_or(line_range.start, |q| q.span.end);
                let after_terminator = text
                    .get(after_previous..outer.start)
                    .and_then(|before| before.rfind(['.', '!', '؟', '?', '؛']).map(|i| after_previous + i + 1));
                after_terminator.unwrap_or(after_previous)
            };
            let continues_sentence = previous.and_then(|p| claims.get(p)).is_some_and(|q| q.span.end == window_start);
            let window = first_token_from(&tokens, window_start)..first_token_from(&tokens, outer.start);
            let previous_speaker = previous.and_then(|p| claims.get(p)).and_then(|q| q.speaker.clone());
            let (speaker, verb) = match speaker_before(text, &tokens, window) {
                Some(Said { speaker: Some(name), verb }) => (Some(name), Some(verb)),
                Some(Said { speaker: None, verb }) => (previous_speaker, Some(verb)),
                None => match speaker_after(text, &tokens, outer.end, line_range.end) {
                    Some((name, verb)) => (Some(name), Some(verb)),
                    None if continues_sentence => {
                        let previous_verb = previous.and_then(|p| claims.get(p)).and_then(|q| q.verb.clone());
                        (previous_speaker, previous_verb)
                    }
                    None => (None, None),
                },
            };
            let quote = text.get(inner.clone()).unwrap_or("").trim().to_string();
            previous = Some(claims.len());
            claims.push(QuoteClaim { quote, speaker, verb, span: outer });
        }
    }
    claims
}

/// The quotes of one line as (marks included, inside) byte ranges in the whole text.
fn quote_spans(line: &str, offset: usize) -> Vec<(Range<usize>, Range<usize>)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut spans = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let closers: &[char] = match c {
            '«' => &['»'],
            '“' => &['”'],
            '„' => &['“', '”'],
            '”' => &['”'],
            '"' => &['"'],
            '″' => &['″'],
            '‘' => &['’'],
            _ => {
                k += 1;
                continue;
            }
        };
        match (k + 1..chars.len()).find(|&m| closers.contains(&chars[m].1)) {
            Some(m) => {
                let (close, mark) = chars[m];
                spans.push((offset + i..offset + close + mark.len_utf8(), offset + i + c.len_utf8()..offset + close));
                k = m + 1;
            }
            None => k += 1,
        }
    }
    spans
}

/// A verb of saying found before a quote, with the name after it (none for a pronoun subject).
struct Said {
    speaker: Option<String>,
    verb: String,
}

/// The speaker of a quote from the nearest verb of saying among the tokens `window` before it
/// whose phrase reaches the quote (a phrase that runs into another quote's mark belongs to that
/// quote, and an earlier verb is tried).
fn speaker_before(text: &str, tokens: &[KeyedToken], window: Range<usize>) -> Option<Said> {
    for v in window.clone().rev() {
        let Some(token) = arabic_word(tokens, v, window.end) else { continue };
        let Some(base) = base_in(&token.key, SPEECH_VERBS) else { continue };
        let verb = display_without_conjunction(token.text, &token.key, base);
        if matches!(base, "نقل" | "نقلت") {
            // ونقلت الوكالة عن ماكرون قوله: the speaker follows `عن`.
            let from = (v + 1..window.end.min(v + 8)).find(|&j| tokens.get(j).is_some_and(|t| t.key == "عن"));
            let Some(from) = from else { continue };
            match speaker_phrase(text, tokens, from + 1, window.end, true) {
                Some(Phrase::Name(name)) => return Some(Said { speaker: Some(name), verb }),
                _ => continue,
            }
        }
        return match speaker_phrase(text, tokens, v + 1, window.end, true) {
            Some(Phrase::Name(name)) => Some(Said { speaker: Some(name), verb }),
            Some(Phrase::Empty) => {
                // No name after the verb: the subject may stand before it (`أن ماكرون أكد أنه`).
                let joined = token.key.as_str() != base;
                let before = if joined { None } else { name_before(text, tokens, v, window.start) };
                Some(Said { speaker: before, verb })
            }
            // The phrase ran into another quote: that verb introduced it; look further back.
            None => continue,
        };
    }
    None
}

/// The speaker after a quote: `"…"، قال بلينكن`.
fn speaker_after(text: &str, tokens: &[KeyedToken], quote_end: usize, line_end: usize) -> Option<(String, String)> {
    let end = first_token_from(tokens, line_end);
    let mut j = first_token_from(tokens, quote_end);
    let mut skipped = 0;
    while tokens.get(j).is_some_and(|t| is_punct(t, &["،", ",", "-", "–"])) && skipped < 2 {
        j += 1;
        skipped += 1;
    }
    let token = arabic_word(tokens, j, end)?;
    let base = base_in(&token.key, SPEECH_VERBS).filter(|b| !matches!(*b, "نقل" | "نقلت"))?;
    match speaker_phrase(text, tokens, j + 1, end, false)? {
        Phrase::Name(name) => Some((name, display_without_conjunction(token.text, &token.key, base))),
        Phrase::Empty => None,
    }
}

/// What follows a verb of saying.
enum Phrase {
    Name(String),
    /// Nothing before `:`, `إن`, `أن` or the quote: a pronoun subject.
    Empty,
}

/// The name or role phrase starting at token `start`: words up to punctuation, a function word,
/// a cue, a verb, or `end`; `None` if it runs past [`MAX_SPEAKER_WORDS`] or, when `strict` (the
/// phrase before a quote), stops at punctuation other than `:`, `،` and `,` (another quote's mark).
fn speaker_phrase(text: &str, tokens: &[KeyedToken], start: usize, end: usize, strict: bool) -> Option<Phrase> {
    let mut start = start;
    while tokens.get(start).is_some_and(|t| start < end && ADVERBIALS.contains(&t.key.as_str())) {
        start += 1;
    }
    let mut k = start;
    while k < end {
        let token = tokens.get(k)?;
        let to_media = token.key.strip_prefix('ل').is_some_and(|rest| MEDIA_NOUNS.contains(&strip_article(rest)));
        if !is_word(token) || ends_phrase(&token.key) || token.key.starts_with("لل") || to_media {
            if strict && token.kind == TokenKind::Punct && !matches!(token.text, ":" | "،" | ",") {
                // Before a quote, another quote's mark or a bracket: not this quote's speaker.
                return None;
            }
            break;
        }
        k += 1;
        if k - start > MAX_SPEAKER_WORDS {
            return None;
        }
    }
    if k == start {
        return Some(Phrase::Empty);
    }
    let (first, last) = (tokens.get(start)?, tokens.get(k - 1)?);
    Some(Phrase::Name(text.get(first.span.start..last.span.end)?.to_string()))
}

/// Up to three name words right before token `v` (after `window_start`), stopping at a function
/// word or punctuation.
fn name_before(text: &str, tokens: &[KeyedToken], v: usize, window_start: usize) -> Option<String> {
    let mut first = v;
    while first > window_start && v - first < 3 {
        let token = tokens.get(first - 1)?;
        if token.kind != TokenKind::Arabic || ends_phrase(&token.key) {
            break;
        }
        first -= 1;
    }
    if first == v {
        return None;
    }
    let (a, b) = (tokens.get(first)?, tokens.get(v - 1)?);
    Some(text.get(a.span.start..b.span.end)?.to_string())
}

/// A word's display form without the conjunction its key starts with before `base`.
fn display_without_conjunction(display: &str, key: &str, base: &str) -> String {
    if key == base {
        return display.to_string();
    }
    display.chars().skip(1).collect()
}

fn is_word(token: &KeyedToken) -> bool {
    matches!(token.kind, TokenKind::Arabic | TokenKind::Latin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(text: &str) -> NumberClaim {
        let claims = number_claims(text);
        assert_eq!(claims.len(), 1, "one claim in {text}: {claims:#?}");
        claims[0].clone()
    }

    fn claim(value: f64, qualifier: Qualifier, subject: &str, context: &[&str]) -> NumberClaim {
        NumberClaim {
            value,
            qualifier,
            unit: None,
            subject: subject.into(),
            context: context.iter().map(|s| s.to_string()).collect(),
            attribution: None,
            sentence: String::new(),
            span: 0..0,
        }
    }

    #[test]
    fn digits_and_words_give_the_same_troops_figure() {
        for text in ["أرسلت الدولة نحو 10 آلاف جندي إلى الجبهة.", "أرسلت الدولة نحو عشرة آلاف جندي إلى الجبهة."]
        {
            let c = only(text);
            assert_eq!(c.value, 10000.0, "{text}");
            assert_eq!(c.qualifier, Qualifier::About);
            assert_eq!(c.subject, "جندي");
            assert_eq!(c.unit.as_deref(), Some("جندي"));
            assert!(c.context.contains(&"ارسل".to_string()), "{:?}", c.context);
            assert!(!c.context.contains(&"جندي".to_string()));
        }
        let c = only("وصل 15 ألف جندي إلى المدينة.");
        assert_eq!((c.value, c.qualifier, c.subject.as_str()), (15000.0, Qualifier::Exact, "جندي"));
    }

    #[test]
    fn at_least_before_or_after() {
        let c = only("سقط 600 قتيل على الأقل في المعارك.");
        assert_eq!((c.value, c.qualifier, c.subject.as_str()), (600.0, Qualifier::AtLeast, "قتيل"));
        let c = only("أصيب ما لا يقل عن 600 شخص في الزلزال.");
        assert_eq!((c.value, c.qualifier, c.subject.as_str()), (600.0, Qualifier::AtLeast, "شخص"));
    }

    #[test]
    fn units_are_singular_match_keys() {
        let cases = [
            ("وصل 20 جنديا إلى القرية.", "جندي", "جنديا"),
            ("قتل 12 مدنيا في القصف.", "مدني", "مدنيا"),
            ("فر 300 من الجنود إلى الحدود.", "جندي", "الجنود"),
            ("أرسلت 15 ألفا من جنودها إلى الجبهة.", "جندي", "جنودها"),
            ("نزح 5 آلاف من المدنيين عن القرية.", "مدني", "المدنيين"),
            ("بلغت الخسائر 3 ملايين دولار هذا العام.", "دولار", "دولار"),
            ("أطلق الجيش 40 صاروخا على المواقع.", "صاروخ", "صاروخا"),
            ("سقطت 7 طائرات مسيرة فوق المطار.", "طايره", "طائرات"),
            ("استقبلت المخيمات 200 لاجئ جديد.", "لاجي", "لاجئ"),
            ("عاد 30 لاجئا إلى بيوتهم.", "لاجي", "لاجئا"),
            ("قتل 5 أطفال في الغارة.", "طفل", "أطفال"),
            ("أصيب 8 أشخاص في الحادث.", "شخص", "أشخاص"),
            ("ارتفع التضخم إلى 2.5% في مارس.", "%", "%"),
        ];
        for (text, subject, unit) in cases {
            let c = only(text);
            assert_eq!(c.subject, subject, "{text}");
            assert_eq!(c.unit.as_deref(), Some(unit), "{text}");
        }
    }

    #[test]
    fn others_and_masculine_plurals() {
        let claims = number_claims("قتل 5 أشخاص وأصيب 10 آخرون في الحادث.");
        assert_eq!(claims.len(), 2, "{claims:#?}");
        assert_eq!(claims[0].subject, "شخص");
        assert_eq!((claims[1].unit.as_deref(), claims[1].subject.as_str()), (Some("أشخاص"), "جريح"));
        assert!(claims[0].context.contains(&"قتل".to_string()) && !claims[0].context.iter().any(|s| s == "اصيب"));
        assert_eq!(only("أصدر المجلس سبعة قرارات بشأن الملف.").subject, "قرار");
        assert_eq!(only("نقلت السفينة 500 طنا من القمح.").subject, "طن");
        assert_eq!(only("تختلف المدة حسب نوع الإصابة وتصل إلى 30 يوما.").attribution, None);
        assert_eq!(only("قتل 4 أشخاص حسبما نقلته وكالة رويترز.").attribution.as_deref(), Some("وكالة رويترز"));
        let q = quote_claims("وقال الوزير لشبكة سي إن إن: «لن نقبل بهذا الاتفاق».");
        assert_eq!(q[0].speaker.as_deref(), Some("الوزير"));
    }

    #[test]
    fn unit_named_before_the_figure() {
        let c = only("ارتفع عدد القتلى إلى 45 في المدينة.");
        assert_eq!((c.value, c.subject.as_str(), c.unit.as_deref()), (45.0, "قتيل", Some("القتلى")));
        let c = only("وبلغت حصيلة الضحايا 120 حتى مساء الأحد.");
        assert_eq!(c.subject, "ضحيه");
    }

    #[test]
    fn a_figure_without_unit_and_a_year_that_is_no_figure() {
        let c = only("ارتفع المؤشر إلى 350 نقطة بعد أن كان في 2023 أقل.");
        assert_eq!(c.subject, "نقطه");
        let c = only("وقالت اللجنة إن النتيجة كانت 75 في النهاية.");
        assert_eq!((c.value, c.unit.clone(), c.subject.as_str()), (75.0, None, ""));
        assert!(number_claims("وقعت الاتفاقية في 2024 بين البلدين.").is_empty());
        let c = only("قتل 5 أشخاص قتلوا في الحادث.");
        assert_eq!(c.subject, "شخص");
    }

    #[test]
    fn partitive_takes_the_unit_before_it_and_the_outcome() {
        let claims = number_claims("أرسل البلد 2000 جندي إلى الحرب، وقد لقي 300 منهم حتفهم في القتال.");
        assert_eq!(claims.len(), 2, "{claims:#?}");
        assert_eq!(claims[0].subject, "جندي");
        assert_eq!(claims[1].unit.as_deref(), Some("جندي"));
        assert_eq!(claims[1].subject, "قتيل");
        assert!(!subjects_agree(&claims[0], &claims[1]));
    }

    #[test]
    fn a_source_is_not_cut_mid_name_nor_takes_a_verb() {
        let said = |text: &str| number_claims(text).first().and_then(|c| c.attribution.clone());
        assert_eq!(
            said("نزح نحو 20 ألف شخص بحسب تقديرات مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية.").as_deref(),
            Some("تقديرات مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية")
        );
        assert_eq!(said("وصلت 40 شاحنة بحسب منظمات إغاثة تعمل في المنطقة.").as_deref(), Some("منظمات إغاثة"));
    }

    #[test]
    fn context_words_are_shown_as_written() {
        let sentence = "أصيب 12 شخصا في انفجار قرب الحدود مع كوريا الشمالية أمس.";
        assert_eq!(context_display(&context_stem("اصيب"), sentence).as_deref(), Some("أصيب"));
        assert_eq!(context_display("كوريا الشماليه", sentence).as_deref(), Some("كوريا الشمالية"));
        // Written with a proclitic: the gazetteer's name.
        let other = "وصل الوفد لكوريا الشمالية.";
        assert!(context_display("كوريا الشماليه", other).is_some_and(|name| name.starts_with("كوريا")));
        assert_eq!(context_display("غائب", sentence), None);
    }

    #[test]
    fn attributions() {
        let cases = [
            ("قتل 45 شخصا بحسب وزارة الصحة.", "وزارة الصحة"),
            ("وبحسب مصادر طبية، قتل 45 شخصا.", "مصادر طبية"),
            ("وفقا لـ وزارة الداخلية، اعتقل 20 شخصا.", "وزارة الداخلية"),
            ("اعتقل 20 شخصا، وفقاً للشرطة المحلية.", "الشرطة المحلية"),
            ("قتل 45 شخصا نقلا عن مصادر أمنية في المدينة.", "مصادر أمنية"),
            ("أرسلت البلاد 15 ألف جندي، حسب تقديرات الاستخبارات البريطانية.", "تقديرات الاستخبارات البريطانية"),
            ("قالت وزارة الصحة في بيان إن 45 شخصا قتلوا.", "وزارة الصحة"),
            ("وأعلنت الأمم المتحدة أن 3 آلاف لاجئ عبروا الحدود.", "الأمم المتحدة"),
            ("قتل 45 شخصا حسبما ذكرت وكالة الأنباء الرسمية الثلاثاء.", "وكالة الأنباء الرسمية"),
            ("فر 300 جندي وفقا لتقديرات من لندن وباريس.", "تقديرات من لندن وباريس"),
        ];
        for (text, source) in cases {
            let c = only(text);
            assert_eq!(c.attribution.as_deref(), Some(source), "{text}");
        }
        assert_eq!(only("قتل 45 شخصا في الحادث.").attribution, None);
        // A verb with no `إن`/`أن` after its subject attributes nothing.
        assert_eq!(only("وأعلنت الشرطة اعتقال 20 شخصا.").attribution, None);
    }

    #[test]
    fn attribution_is_left_out_of_the_context() {
        let c = only("وقد قدرت لندن وباريس أن 300 جندي قتلوا في المعارك.");
        assert_eq!(c.attribution.as_deref(), Some("لندن وباريس"));
        assert!(c.context.iter().all(|s| !s.contains("لندن") && !s.contains("باريس")), "{:?}", c.context);
        assert!(c.context.contains(&"قتل".to_string()), "{:?}", c.context);
    }

    #[test]
    fn subjects_agree_on_the_same_count() {
        let a = only("أرسلت إيران نحو 10 آلاف جندي إلى سوريا.");
        let b = only("ووفقا لتقديرات غربية، أرسلت طهران حوالي 15 ألف جندي للقتال إلى جانب القوات السورية.");
        assert!(subjects_agree(&a, &b), "{:?} / {:?}", a.context, b.context);
        assert!(values_conflict(&a, &b));
        let killed = only("قتل 600 شخص في الزلزال.");
        let troops = only("أرسلت الدولة 10 آلاف جندي إلى الجبهة.");
        assert!(!subjects_agree(&killed, &troops));
        let dead = only("قتل 5 أشخاص في حادث سير.");
        let hurt = only("أصيب 5 أشخاص في حادث سير.");
        assert!(!subjects_agree(&dead, &hurt), "{:?} / {:?}", dead.context, hurt.context);
        let dead_again = only("لقي 7 أشخاص مصرعهم في حادث سير.");
        assert!(subjects_agree(&dead, &dead_again), "{:?} / {:?}", dead.context, dead_again.context);
        let none = claim(5.0, Qualifier::Exact, "", &["حادث"]);
        assert!(!subjects_agree(&none, &none.clone()));
    }

    #[test]
    fn values_conflict_unless_compatible() {
        let c = |value, qualifier| claim(value, qualifier, "جندي", &["ارسل"]);
        use Qualifier::*;
        assert!(values_conflict(&c(10000.0, About), &c(15000.0, About)));
        assert!(!values_conflict(&c(10000.0, About), &c(10000.0, Exact)));
        assert!(!values_conflict(&c(10000.0, About), &c(10500.0, About)));
        assert!(!values_conflict(&c(10000.0, About), &c(10900.0, Exact)));
        assert!(values_conflict(&c(10000.0, Exact), &c(10500.0, Exact)));
        assert!(values_conflict(&c(10000.0, About), &c(11500.0, Exact)));
        assert!(!values_conflict(&c(600.0, AtLeast), &c(700.0, Exact)));
        assert!(!values_conflict(&c(600.0, AtLeast), &c(600.0, AtLeast)));
        assert!(values_conflict(&c(600.0, AtLeast), &c(500.0, Exact)));
        assert!(!values_conflict(&c(600.0, AtLeast), &c(580.0, About)));
        assert!(!values_conflict(&c(600.0, MoreThan), &c(900.0, AtLeast)));
        assert!(values_conflict(&c(600.0, MoreThan), &c(500.0, LessThan)));
        assert!(!values_conflict(&c(600.0, LessThan), &c(500.0, About)));
        assert!(values_conflict(&c(600.0, LessThan), &c(700.0, Exact)));
        // A figure and its rounding are one figure; two round figures are two.
        assert!(!values_conflict(&c(440_000.0, Exact), &c(440_885.0, Exact)));
        assert!(!values_conflict(&c(13_809_879.0, Exact), &c(13_800_000.0, Exact)));
        assert!(values_conflict(&c(10_000.0, Exact), &c(12_000.0, Exact)));
        assert!(values_conflict(&c(440_000.0, Exact), &c(450_885.0, Exact)));
        assert!(values_conflict(&c(20.0, Exact), &c(25.0, Exact)));
    }

    #[test]
    fn quotes_with_speaker_before() {
        let q = quote_claims("وقال الرئيس الفرنسي إيمانويل ماكرون: «لن نتراجع عن هذا القرار أبدا».");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].quote, "لن نتراجع عن هذا القرار أبدا");
        assert_eq!(q[0].speaker.as_deref(), Some("الرئيس الفرنسي إيمانويل ماكرون"));
        assert_eq!(q[0].verb.as_deref(), Some("قال"));
        let text = "قالت الوزيرة سارة أحمد إن “المفاوضات ستستأنف الأسبوع المقبل”.";
        let q = quote_claims(text);
        assert_eq!(q[0].speaker.as_deref(), Some("الوزيرة سارة أحمد"));
        assert_eq!(&text[q[0].span.clone()], "“المفاوضات ستستأنف الأسبوع المقبل”");
        let q = quote_claims("وأكد المتحدث باسم الحكومة \"الوضع تحت السيطرة تماما\".");
        assert_eq!(q[0].speaker.as_deref(), Some("المتحدث باسم الحكومة"));
        assert_eq!(q[0].verb.as_deref(), Some("أكد"));
        let q = quote_claims("ونقلت الوكالة عن الوزير قوله «نحن مستعدون للحوار دائما».");
        assert_eq!(q[0].speaker.as_deref(), Some("الوزير"));
    }

    #[test]
    fn quotes_with_speaker_after_and_pronoun_verbs() {
        let q = quote_claims("“سنعيد بناء كل ما تهدم”، قال رئيس البلدية.");
        assert_eq!(q[0].speaker.as_deref(), Some("رئيس البلدية"));
        assert_eq!(q[0].verb.as_deref(), Some("قال"));
        let text = "وقال الوزير: «الاقتصاد يتعافى ببطء شديد». وأضاف: «نتوقع نموا أفضل العام المقبل».";
        let q = quote_claims(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].speaker.as_deref(), Some("الوزير"));
        assert_eq!(q[1].verb.as_deref(), Some("أضاف"));
        // On a new line (another paragraph), a pronoun verb names nobody.
        let q = quote_claims("وقال الوزير: «الاقتصاد يتعافى ببطء شديد».\nوأضاف: «نتوقع نموا أفضل العام المقبل».");
        assert_eq!(q[1].speaker, None);
        // The subject before the verb.
        let q = quote_claims("إلا أن كيم أكد أنه \"سيفعل كل ما يستطيع\".");
        assert_eq!(q[0].speaker.as_deref(), Some("كيم"));
        // Short quotes are not claims; a quote with no verb has no speaker.
        assert!(quote_claims("وصف الاتفاق بأنه «تاريخي».").is_empty());
        let q = quote_claims("العلاقات نحو «حقبة جديدة من الازدهار» بين البلدين");
        assert_eq!((q.len(), q[0].speaker.clone()), (1, None));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "\"",
            "« »",
            "“ثلاث كلمات هنا",
            "قال",
            "وفقا",
            "وفقا لـ",
            "بحسب ما ذكرت",
            "600",
            "منهم 5 منهم",
            "عدد 5",
            "\n\n",
            "قال: \"",
            "5%%",
            "نحو",
            "وقال بوتين إن \"أ ب ت\" و\"ث ج ح\"",
            "سقط ١٢٠ قتيلاً بحسب الدِّفاع المدنيّ.",
        ] {
            let _ = number_claims(text);
            let _ = quote_claims(text);
        }
        let c = only("سقط ١٢٠ قتيلاً بحسب الدِّفاع المدنيّ.");
        assert_eq!((c.value, c.subject.as_str()), (120.0, "قتيل"));
        assert_eq!(c.attribution.as_deref(), Some("الدِّفاع المدنيّ"));
        let q = quote_claims("وقال بوتين إن \"العلاقات جيدة جدا\" و\"التعاون يتقدم بسرعة\".");
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].speaker.as_deref(), Some("بوتين"), "a quote continuing the sentence");
    }

    #[test]
    fn serializes_qualifier_in_snake_case() {
        let json = serde_json::to_value(only("قتل ما لا يقل عن 600 شخص.")).unwrap_or_default();
        assert_eq!(json["qualifier"], "at_least");
        assert_eq!(json["subject"], "شخص");
    }

    #[test]
    fn a_setting_is_the_places_and_days_a_sentence_names() {
        let setting = |text: &str| Setting::of(&number_claims(text)[0]);
        let ramadi = setting("قتل 15 عنصرا في مناطق حصيبة شرقي الرمادي أمس الجمعة.");
        assert_eq!(ramadi.localities.iter().collect::<Vec<_>>(), ["حصيبه"], "the town is the gazetteer's");
        assert_eq!(ramadi.towns.iter().collect::<Vec<_>>(), ["الرمادي"]);
        assert_eq!(ramadi.weekdays.iter().collect::<Vec<_>>(), [&4]);
        assert!(setting("قتل 15 شخصا الجمعة الماضي.").weekdays.is_empty(), "an earlier day is not the sentence's");
        // A town and a locality of another name: apart; a town both name: not.
        let karachi = setting("قتل 4 مسلحين في كراتشي.");
        assert!(karachi.apart(&setting("قتل 5 مسلحين في مقاطعة وزيرستان.")));
        assert!(!karachi.apart(&setting("قتل 5 مسلحين في حي لياري بمدينة كراتشي.")));
        assert!(!karachi.apart(&setting("قتل 5 مسلحين في الاشتباكات.")), "no place: nothing to tell apart");
    }

    #[test]
    fn earlier_and_revised_counts_are_told_by_their_words() {
        let another = |text: &str| tells_another_count(&number_claims(text)[0]);
        assert!(another("وكانت الوزارة قالت أمس إن الحصيلة 18 قتيلا."));
        assert!(another("وأفادت حصيلة سابقة بمقتل 18 شخصا."));
        assert!(another("ارتفع عدد القتلى إلى 29."));
        assert!(another("قتل 12 شخصا وفق حصيلة جديدة."));
        assert!(!another("قتل 12 من أنصار الرئيس السابق."), "a former president is no earlier count");
        assert!(!another("عبرت 3 سفن قناة السويس الجديدة."));
        assert!(another("قتل 37 شخصا الجمعة الماضي."));
        assert!(!another("أرسلت 15 ألف جندي منذ العام الماضي."), "a count since then is today's");
    }
}
