//! Comparing number claims: same unit and outcome, settings (places, days), another count, conflicting values.

use super::attribution::base_in;
use super::numbers::{outcomes, ABOUT_TOLERANCE};
use super::NumberClaim;
use crate::analyze::gazetteer::{Gazetteer, Kind};
use crate::analyze::lexicon::{
    alone_words, another_count_words, casualty_units, pluperfect_openers, start_words, total_words, WordList,
};
use crate::analyze::localities::localities;
use chrono::{Datelike, NaiveDate};
use marsad_arabic::dates::{find_dates, DateValue};
use marsad_arabic::tokenize::{keyed_tokens, TokenKind};
use marsad_arabic::{match_key, Qualifier};
use std::collections::BTreeSet;

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

/// True if the claim counts people something happened to: its unit says so (`نازح`, `قتيل`), or
/// its clause says they were killed, injured or arrested (`قتل 4 مدنيين`).
pub fn counts_casualties(claim: &NumberClaim) -> bool {
    casualty_units().contains(claim.subject.as_str()) || !outcomes(&claim.context).is_empty()
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
    /// How many days before its article's publication the sentence sets its figure, when it
    /// says so relatively: `أمس` 1, `أمس الأول` / `أول أمس` 2.
    pub days_before: Option<i64>,
    /// What span of time or part of the whole the sentence counts: a running total (`منذ`,
    /// `إجمالي`), one day or one part alone (`وحده`, `فقط`), or neither said.
    pub scope: Scope,
    /// The calendar dates the sentence names (Gregorian: full dates, a month's day, a month of
    /// a year, years), to tell a background figure from the day's.
    pub dates: Vec<DateValue>,
}

/// How many days before the report a sentence's relative day is: `أمس الأول` and `أول أمس` (the
/// day before yesterday) 2, `أمس` and `البارحة` 1, with a leading `و`; none said, `None`.
fn days_before(sentence: &str) -> Option<i64> {
    let words: Vec<String> = sentence_keys(sentence)
        .into_iter()
        .map(|key| key.strip_prefix('و').filter(|rest| rest.chars().count() >= 3).map(str::to_owned).unwrap_or(key))
        .collect();
    let yesterday = |w: &str| matches!(w, "امس" | "البارحه");
    let mut found = None;
    for (i, word) in words.iter().enumerate() {
        let next = words.get(i + 1).map(String::as_str);
        if (yesterday(word) && next == Some("الاول")) || (word == "اول" && next == Some("امس")) {
            return Some(2);
        }
        if yesterday(word) {
            found = Some(1);
        }
    }
    found
}

/// The match keys of a sentence's words, punctuation around them trimmed.
fn sentence_keys(sentence: &str) -> Vec<String> {
    sentence
        .split_whitespace()
        .map(|w| match_key(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect()
}

/// What part of a count a sentence gives, by its words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Scope {
    #[default]
    Unsaid,
    /// A running total: `منذ بدء الاحتجاجات`, `الحصيلة الإجمالية`.
    Total,
    /// One day or one part alone, or a count leaving a part out: `في ذلك اليوم وحده`, `يوم
    /// الثلاثاء فقط`, `في يوم واحد`, `3 قتلى بالإضافة إلى السائق`.
    Alone,
}

impl Scope {
    /// The scope a sentence's words tell (match keys, a leading `و` or `ف` read off): `منذ`
    /// before a beginning (`منذ بدء الاحتجاجات`) or a figure (`منذ 30 مارس`) is a
    /// running total; `منذ فجر الأحد` is not.
    fn of(sentence: &str) -> Scope {
        let words = sentence_keys(sentence);
        let mut scope = Scope::Unsaid;
        for (i, key) in words.iter().enumerate() {
            let bare = key.strip_prefix(['و', 'ف']).filter(|rest| rest.chars().count() >= 3).unwrap_or(key);
            let listed = |list: &WordList| list.contains(key) || list.contains(bare);
            let since_a_start = bare == "منذ"
                && words
                    .get(i + 1)
                    .is_some_and(|next| start_words().contains(next.as_str()) || next.chars().all(|c| c.is_numeric()));
            if since_a_start || listed(total_words()) {
                return Scope::Total;
            }
            let one_day = bare == "يوم" && words.get(i + 1).is_some_and(|next| next == "واحد");
            if listed(alone_words()) || one_day {
                scope = Scope::Alone;
            }
        }
        scope
    }
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
        let dates = find_dates(&claim.sentence);
        // A date after `منذ` starts a running count (`منذ 30 مارس`); it does not date the figure.
        let after_since = |span: &std::ops::Range<usize>| {
            let before = claim.sentence.get(..span.start).unwrap_or("");
            before.split_whitespace().next_back().is_some_and(|word| {
                let key = match_key(word);
                key == "منذ" || key == "ومنذ"
            })
        };
        setting.dates = dates
            .iter()
            .filter(|date| !after_since(&date.span))
            .filter(|date| {
                matches!(
                    date.value,
                    DateValue::Full(_)
                        | DateValue::MonthDay { .. }
                        | DateValue::MonthYear { .. }
                        | DateValue::Month(_)
                        | DateValue::Year(_)
                )
            })
            .map(|date| date.value)
            .collect();
        setting.weekdays = dates
            .into_iter()
            .filter(|date| !match_key(&claim.sentence[date.span.clone()]).contains(PAST_MARK))
            .filter_map(|date| match date.value {
                DateValue::Weekday(day) => Some(day.num_days_from_monday()),
                _ => None,
            })
            .collect();
        setting.scope = Scope::of(&claim.sentence);
        setting.days_before = days_before(&claim.sentence);
        setting
    }

    /// True if the sentence names a date wholly before `published` by more than two days (an
    /// earlier year, month or day): its figure tells of an earlier happening (`في 2010`, `في
    /// نهاية نيسان/أبريل`), background to the day's news.
    pub fn tells_of_the_past(&self, published: NaiveDate) -> bool {
        let cutoff = published - chrono::Days::new(2);
        let month_ends_before = |year: i32, month: u32| {
            NaiveDate::from_ymd_opt(year, month, 1)
                .and_then(|start| start.checked_add_months(chrono::Months::new(1)))
                .is_some_and(|end| end <= cutoff)
        };
        self.dates.iter().any(|date| match *date {
            DateValue::Full(day) => day < cutoff,
            DateValue::MonthDay { month, day } => NaiveDate::from_ymd_opt(published.year(), month, day)
                .is_some_and(|d| d < cutoff && d.month() <= published.month()),
            DateValue::MonthYear { year, month } => month_ends_before(year, month),
            // A month alone is of the article's year: `في نهاية نيسان` in a May article.
            DateValue::Month(month) => month < published.month() && month_ends_before(published.year(), month),
            DateValue::Year(year) => year < published.year(),
            _ => false,
        })
    }

    /// True if the two sentences' relative days (`أمس`, `أمس الأول`), counted back from their
    /// articles' publication days, are different days: the day of the event, not of the report.
    pub fn other_day(&self, published: NaiveDate, other: &Setting, other_published: NaiveDate) -> bool {
        match (self.days_before, other.days_before) {
            (Some(mine), Some(theirs)) => {
                published - chrono::Days::new(mine.unsigned_abs())
                    != other_published - chrono::Days::new(theirs.unsigned_abs())
            }
            _ => false,
        }
    }

    /// True if two sentences set their figures apart: they name places below the country and
    /// none in common, or at the smallest kind of place both name (localities, towns, regions,
    /// countries) different ones and no common one; or they name different days. The dead of
    /// Aleppo are not the dead of Daraa, nor a crash in Jazan one in Medina, nor fighters killed
    /// near Ramadi those killed in Fallujah though both sentences name Anbar, nor Friday's strikes
    /// Saturday's, whatever else the sentences share. Nor is a running total (`منذ`) the toll of
    /// one day alone (`وحده`), nor either a count that says neither.
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
        places_apart
            || (both(&self.weekdays, &other.weekdays) && self.weekdays.is_disjoint(&other.weekdays))
            || self.scope != other.scope
    }
}

/// The mark of a past weekday or month (`الجمعة الماضي`, `الشهر الماضي`), in match-key form.
pub(super) const PAST_MARK: &str = "الماضي";

/// Word pairs telling the same (match keys, articles aside): `في وقت سابق`, `المعلومات الأولية`,
/// `حصيلة جديدة`, `الحصيلة السابقة`. Alone, `سابق` is also "former" (`الرئيس السابق`) and `جديدة`
/// "new" (`قناة السويس الجديدة`).
pub(super) const ANOTHER_COUNT_PAIRS: &[(&str, &str)] = &[
    ("وقت", "سابق"),
    ("حصيله", "سابقه"),
    ("حصيله", "جديده"),
    ("حصيله", "اوليه"),
    ("حصيله", "باتت"),
    ("معلومات", "اوليه"),
    ("تقديرات", "اوليه"),
    ("تقديرات", "سابقه"),
];

/// True if the claim's sentence tells a count of another moment than the report's own: an
/// earlier one (`وكانت الوزارة قالت أمس إن الحصيلة 18 قتيلا`, `في وقت سابق`, `الجمعة الماضي`,
/// `الشهر الماضي` but not `منذ العام الماضي`, a count since then) or one revised since (`ارتفعت حصيلة القتلى إلى 29`). Sources giving such counts are not
/// thereby in disagreement with a report of other moment: it is a toll's history.
pub fn tells_another_count(claim: &NumberClaim) -> bool {
    let tokens = keyed_tokens(&claim.sentence);
    let keys: Vec<&str> = tokens.iter().filter(|t| t.kind == TokenKind::Arabic).map(|t| t.key.as_str()).collect();
    let opens_pluperfect = keys.first().is_some_and(|first| pluperfect_openers().contains(first));
    fn bare(key: &str) -> &str {
        key.strip_prefix("ال").unwrap_or(key)
    }
    let of_a_past_time =
        keys.windows(3).any(|words| matches!(words[2], PAST_MARK | "الماضيه") && base_in(words[0], &["منذ"]).is_none());
    opens_pluperfect
        || of_a_past_time
        || keys.iter().any(|key| another_count_words().contains(key))
        || keys.windows(2).any(|pair| {
            let (first, second) = (bare(pair[0]), bare(pair[1]));
            ANOTHER_COUNT_PAIRS.iter().any(|(a, b)| first == *a && second == *b)
        })
}

/// How many context stems two claims share.
pub fn shared_context(a: &NumberClaim, b: &NumberClaim) -> usize {
    // Both contexts are sorted and distinct.
    crate::analyze::fingerprint::shared_count(&a.context, &b.context)
}

/// What a qualifier makes of a value.
pub(super) enum Bound {
    /// A value, approximate or not.
    Point { value: f64, about: bool },
    /// At least (or more than) the value.
    Lower(f64),
    /// Less than (or at most) the value.
    Upper(f64),
}

pub(super) fn bound(claim: &NumberClaim) -> Bound {
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
pub(super) fn is_rounding_of(round: f64, precise: f64) -> bool {
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
