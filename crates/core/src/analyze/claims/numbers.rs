//! Number claims: each figure of a text with its unit, qualifier, clause and attribution.

use super::attribution::{pick_source, sources};
use super::context::{context_of, context_stem};
use super::tokens::{arabic_word, first_token_from, strip_article, token_range};
use super::NumberClaim;
use crate::analyze::lexicon::{count_nouns, not_compared, partitives, unit_words};
use marsad_arabic::sentences::sentence_spans;
use marsad_arabic::stem::is_stopword;
use marsad_arabic::tokenize::{digit_value, keyed_tokens, KeyedToken, TokenKind};
use marsad_arabic::{find_figures, parse_number_phrase, Figure, Qualifier};
use std::ops::Range;

/// Broken plurals (and irregular sound plurals) of common news units → their singular.
pub(super) const UNIT_PLURALS: &[(&str, &str)] = &[
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
    ("القاب", "لقب"),
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

/// Stems of the clause that tell what happened to the people counted: killed, injured, arrested.
/// Each is (stem prefixes, whole stems, noun): `اسر` ("captured") only whole, as `اسره` is a family.
pub(super) const OUTCOMES: [(&[&str], &[&str], &str); 3] = [
    (&["قتل", "مقتل", "حتف", "توف", "مصرع", "استشهد", "شهيد", "شهدا", "وفيات", "وفاه", "موت"], &[], "قتيل"),
    (&["اصيب", "اصاب", "جرح", "جريح", "مصاب"], &[], "جريح"),
    (&["اعتقل", "معتقل", "احتجز", "محتجز", "اوقف", "موقوف", "قبض", "اسير", "اسري"], &["اسر"], "معتقل"),
];

/// Relative tolerance under which an approximate figure does not conflict with another.
pub const ABOUT_TOLERANCE: f64 = 0.10;

// ---------------------------------------------------------------------------------------------
// Number claims

/// What follows a figure.
pub(super) enum UnitFound {
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

/// The figures with each range (`بين 100 و120`, `ما بين 100 إلى 120`, `من 100 إلى 120`) read as
/// its bounds: the first figure at least, the second at most, so a figure inside the range
/// agrees with it.
fn ranges_as_bounds(text: &str, tokens: &[KeyedToken], mut figures: Vec<Figure>) -> Vec<Figure> {
    for i in 1..figures.len() {
        let (low, high) = (&figures[i - 1], &figures[i]);
        let between = text.get(low.span.end..high.span.start).map(str::trim);
        let joined = matches!(between, Some("و" | "إلى" | "الى" | "حتى" | "-" | "و-"));
        let first = first_token_from(tokens, low.span.start);
        let opener = (first > 0).then(|| tokens[first - 1].key.as_str());
        let opens = matches!(opener, Some("بين" | "من"));
        let exact = low.qualifier == Qualifier::Exact && high.qualifier == Qualifier::Exact;
        if joined && opens && exact && low.value < high.value {
            figures[i - 1].qualifier = Qualifier::AtLeast;
            figures[i].qualifier = Qualifier::LessThan;
        }
    }
    figures
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
    let figures = ranges_as_bounds(text, &tokens, find_figures(text));
    let limits = figure_limits(&tokens, &figures);
    for (figure, limit) in figures.iter().zip(limits) {
        // Sentences are in text order: the figure's is the last starting at or before it.
        let at = figure.number_span.start;
        let Some(sentence) = sentences[..sentences.partition_point(|s| s.start <= at)].last().filter(|s| at < s.end)
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
                // Not a figure of time or money: `رجل يبلغ 48 عاما … وأصاب 4 آخرين`.
                let previous = sentence_claims.1.last().and_then(|&i| claims.get(i));
                if let Some(previous) = previous.filter(|p| !not_compared().contains(p.subject.as_str())) {
                    unit_display = previous.unit.clone();
                    subject = previous.subject.clone();
                }
            }
            UnitFound::None => {}
        }
        let clause = sentence_tokens.start.max(limit.start)..sentence_tokens.end.min(limit.end);
        let context = context_of(&tokens, sentence_tokens.clone(), first, &excluded, limit);
        let context = with_one_outcome(context, &tokens, clause, first);
        if matches!(unit, UnitFound::Partitive(_)) {
            if let Some(noun) = outcome_noun(&context) {
                subject = noun.to_string();
            }
        }
        let part = counts_a_part(&tokens, first, sentence_tokens.start, &unit, !sentence_claims.1.is_empty());
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
            part,
        });
    }
    claims
}

/// True if the figure counts part of a set its sentence names, which another report's figure
/// of the whole cannot contradict: after `بينهم`/`من بينهم` (`قتل 18 مدنيا بينهم 5 أطفال`,
/// `بينهم سبعة أطفال و16 شخصا`), before `منهم`/`منها` (`اثنان منهم`), before `من` and a
/// definite plural (`ثلاثة من المهاجمين`, not `422 من عناصر الخوذ`), or its noun followed by
/// `آخرين` when no figure comes before it in the sentence (`أصيب ثلاثة مسعفين آخرين`: others
/// besides someone already named; `مقتل 5 وإصابة 10 آخرين` is the second count of a pair).
fn counts_a_part(
    tokens: &[KeyedToken],
    first: usize,
    sentence_start: usize,
    unit: &UnitFound,
    figure_before: bool,
) -> bool {
    let key = |i: usize| tokens.get(i).map_or("", |t| t.key.as_str());
    let after_among = (sentence_start..first).rev().take(PART_LOOKBACK).try_for_each(|j| {
        let token = &tokens[j];
        let bare = token.key.strip_prefix('و').unwrap_or(&token.key);
        if matches!(bare, "بينهم" | "بينهن" | "بينها" | "منهم" | "منهن") {
            return Err(true);
        }
        // A comma or a clause joined by `و` (`وأصيب`) ends the list the figure may belong to.
        let joined_clause =
            token.kind == TokenKind::Arabic && token.key.starts_with('و') && token.key.chars().count() > 2;
        if token.kind == TokenKind::Punct || joined_clause {
            return Err(false);
        }
        Ok(())
    });
    if after_among == Err(true) {
        return true;
    }
    match unit {
        UnitFound::Partitive(at) => matches!(key(at.start), "منهم" | "منهن" | "منها" | "منه"),
        UnitFound::Noun { tokens: at, .. } => {
            let of_a_definite_set = key(at.start) == "من" && is_definite(key(at.start + 1));
            let others = matches!(key(at.end), "اخرين" | "اخرون") && !figure_before;
            of_a_definite_set || others
        }
        UnitFound::None => false,
    }
}

/// The context with the outcome of the figure's nearest outcome word only, when it names two
/// (`قتل طفل وأصيب 15 مدنيا`: the 15 were injured), that word found before the figure first.
fn with_one_outcome(context: Vec<String>, tokens: &[KeyedToken], clause: Range<usize>, at: usize) -> Vec<String> {
    if outcomes(&context).len() < 2 {
        return context;
    }
    let outcome_of = |j: usize| -> Option<&'static str> {
        let token = tokens.get(j).filter(|t| t.kind == TokenKind::Arabic)?;
        outcomes(&[context_stem(&token.key)]).first().copied()
    };
    let before = (clause.start..at.min(clause.end)).rev();
    let after = at.max(clause.start)..clause.end;
    let Some(nearest) = before.chain(after).find_map(outcome_of) else { return context };
    context
        .into_iter()
        .filter(|stem| {
            let said = outcomes(std::slice::from_ref(stem));
            said.is_empty() || said.contains(&nearest)
        })
        .collect()
}

/// How many words before a figure [`counts_a_part`] looks for `بينهم`.
const PART_LOOKBACK: usize = 5;

/// For each figure, the tokens its context may use: from the boundary with the figure before it
/// to the boundary with the next. Two figures of one clause are parted at the first word joined
/// by `و` after the first one and its noun (`قتل 5 أشخاص | وأصيب 10 آخرون`), else where the
/// second begins.
pub(super) fn figure_limits(tokens: &[KeyedToken], figures: &[Figure]) -> Vec<Range<usize>> {
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

/// The counted noun after a figure's number (at token `i`).
pub(super) fn unit_after(tokens: &[KeyedToken], i: usize, end: usize) -> UnitFound {
    let Some(word) = arabic_word(tokens, i, end) else { return UnitFound::None };
    let key = word.key.as_str();
    if partitives().contains(key) {
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
pub(super) fn is_joined_verb(key: &str) -> bool {
    let Some(rest) = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')) else { return false };
    rest.chars().count() >= 2 && rest.starts_with(['ا', 'ي', 'ت', 'ن'])
}

/// The definite plural after `عدد`/`حصيلة` shortly before a figure with no noun after it.
pub(super) fn unit_before(tokens: &[KeyedToken], first: usize, sentence_start: usize) -> Option<UnitFound> {
    let from = first.saturating_sub(6).max(sentence_start);
    for j in (from..first).rev() {
        let token = tokens.get(j)?;
        if token.kind == TokenKind::Punct {
            return None;
        }
        let key = token.key.as_str();
        let base = key.strip_prefix('و').or_else(|| key.strip_prefix('ب')).unwrap_or(key);
        if count_nouns().contains(key) || count_nouns().contains(base) {
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
pub(super) fn is_year(text: &str, figure: &Figure, unit: &UnitFound) -> bool {
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

pub(super) fn is_definite(key: &str) -> bool {
    ["ال", "وال", "فال", "بال", "كال", "لل"].iter().any(|p| key.starts_with(p))
}

/// The word without a possessive pronoun (`جنودها` → `جنود`).
pub(super) fn strip_pronoun(key: &str) -> &str {
    for suffix in ["هم", "ها", "هن"] {
        if let Some(rest) = key.strip_suffix(suffix).filter(|r| r.chars().count() >= 3) {
            return rest;
        }
    }
    key
}

/// The word without the alif of the accusative indefinite (`جنديا` → `جندي`, `عاما` → `عام`).
pub(super) fn strip_tanween(key: &str) -> &str {
    match key.strip_suffix('ا') {
        Some(rest) if rest.chars().count() >= 3 || unit_words().contains(rest) => rest,
        _ => key,
    }
}

pub(super) fn is_known_unit(key: &str) -> bool {
    unit_words().contains(key) || UNIT_PLURALS.iter().any(|&(plural, single)| key == plural || key == single)
}

/// The singular of a plural noun, if it is one: the lexicon, else a sound plural (`مدنيون`,
/// `مصابين` → drop `ون`/`ين`; `طائرات` → `طايره`).
pub(super) fn plural_to_singular(key: &str) -> Option<String> {
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
pub(super) fn singular(key: &str) -> String {
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
pub(super) fn outcome_noun(context: &[String]) -> Option<&'static str> {
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
