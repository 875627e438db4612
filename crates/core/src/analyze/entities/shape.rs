//! What a word is: listed cue and name words, how common it is in the background corpus, and the shapes of common Arabic words and verbs.

use super::RARE_SHARE;
use crate::analyze::background::Background;
use crate::analyze::lexicon::{given_names, name_particles, name_stops, org_cues, role_heads};
use std::cell::RefCell;
use std::collections::HashMap;

use marsad_arabic::stem::{is_stopword, stem};

pub(crate) fn is_given_name(key: &str) -> bool {
    given_names().contains(key)
}

pub(crate) fn is_particle(key: &str) -> bool {
    name_particles().contains(key)
}

pub(crate) fn is_name_stop(key: &str) -> bool {
    name_stops().contains(key) || is_stopword(key)
}

pub(crate) fn head(key: &str) -> Option<bool> {
    role_heads().get(key).copied()
}

pub(crate) fn is_org_cue(key: &str) -> bool {
    org_cues().contains(key)
}

/// The share of background articles holding the stem of `key`, or of the word under it when a
/// reading without a proclitic (`بشجاعة`), an attached pronoun (`تحياته`, `بلدينا`) or the
/// accusative alef (`اتصالا`) is more common: a word is common if any reading of it is.
pub(crate) fn share(key: &str) -> f64 {
    share_of_readings(key, true)
}

/// [`share`] with each reading losing a proclitic or an ending but not both: `بوجارت` is not
/// `وجار`, where [`share`] reads it so.
pub(super) fn share_one_step(key: &str) -> f64 {
    share_of_readings(key, false)
}

/// How many words a thread keeps the shares of before it starts again.
const CACHED_SHARES: usize = 200_000;

thread_local! {
    static SHARES: RefCell<HashMap<(String, bool), f64>> = RefCell::new(HashMap::new());
}

/// [`compute_share`], kept per thread: the readers ask for the same words again and again.
pub(super) fn share_of_readings(key: &str, both: bool) -> f64 {
    SHARES.with(|cell| {
        let probe = (key.to_owned(), both);
        if let Some(&share) = cell.borrow().get(&probe) {
            return share;
        }
        let share = compute_share(key, both);
        let mut shares = cell.borrow_mut();
        if shares.len() >= CACHED_SHARES {
            shares.clear();
        }
        shares.insert(probe, share);
        share
    })
}

/// The share of background articles of `key`'s most common reading (see [`share`]).
fn compute_share(key: &str, both: bool) -> f64 {
    let background = Background::shipped();
    let documents = f64::from(background.documents().max(1));
    let df = |word: &str| background.df(&stem(word));
    let long_enough = |word: &&str| word.chars().count() >= 3;
    let mut best = df(key);
    let mut forms: Vec<&str> = Vec::new();
    let without_proclitic = key.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).filter(long_enough);
    forms.extend(without_proclitic);
    // Each base, with and without its proclitic (`بتكريمهم` → `تكريم`), loses an ending.
    for base in std::iter::once(key).chain(without_proclitic.filter(|_| both)) {
        forms.extend(base.strip_suffix('ا').filter(long_enough));
        for suffix in ["هما", "هم", "ها", "ه", "كم", "نا", "ته", "تها"] {
            forms.extend(base.strip_suffix(suffix).filter(long_enough));
        }
        // A past verb of the third person feminine (`افتتحت` → `افتتح`).
        forms.extend(base.strip_suffix('ت').filter(long_enough));
    }
    // A final alif maqsura is written alif before a pronoun (`ألقاها` → `ألقى`).
    let maqsura: Vec<String> =
        forms.iter().filter_map(|f| f.strip_suffix('ا').map(|stem| format!("{stem}ي"))).collect();
    for form in forms.into_iter().map(str::to_owned).chain(maqsura) {
        // Function words are left out of the background table, so their count reads as rare: a
        // word that is one behind a proclitic or an ending (`ضمنت`: `ضمن`) is common.
        if is_stopword(&form) {
            return 1.0;
        }
        best = best.max(df(&form));
    }
    f64::from(best) / documents
}

/// True for words shaped like common Arabic words rather than names: a plural in `ات`
/// (`محادثات`), a feminine in `ة` (`مبادرة`), a participle in `مت`/`مست` (`متزايد`), a verb in
/// `وا` (`لقوا`) or an imperfect in `ون` (`يتأذون`), a past `أفعلت` (`أثبتت`), a verbal noun
/// `تفعيل` (`تأجيل`) or `افتعال` (`اعتزاز`, [`is_iftial`]), a plural `تفاعيل` (`تفاصيل`), a nisba's dual (`أميركيتين`), a participle's
/// plural ([`is_participle_plural`]). Listed given names are exempt.
pub(crate) fn common_shape(key: &str) -> bool {
    let letters = key.chars().count();
    !is_given_name(key)
        && (key.ends_with("ات") && letters >= 5
            || key.ends_with('ه') && letters >= 4
            || (key.starts_with("مت") || key.starts_with("مست")) && letters >= 5
            || key.ends_with("وا") && letters >= 4
            || is_tafil(key)
            || is_tafail(key)
            || (key.starts_with(['ي', 'ت']) && key.ends_with("ون") && letters >= 5)
            || (key.starts_with('ا') && key.ends_with('ت') && letters == 5)
            || (key.ends_with("يتين") || key.ends_with("يتان")) && letters >= 6
            || is_iftial(key)
            || is_istafal(key)
            || is_participle_plural(key))
}

/// True for a sound plural of a participle (`معبرين`, `المدعوين`, `مشاركون`): `م` first (after
/// the article), `ين`/`ون` last, and the singular (`معبر`) or its root without the `م` (`عبر`) a
/// common word. `مارتين` is no plural.
pub(super) fn is_participle_plural(key: &str) -> bool {
    let bare = key.strip_prefix("ال").unwrap_or(key);
    let Some(singular) = bare.strip_suffix("ين").or_else(|| bare.strip_suffix("ون")) else { return false };
    let root = singular.strip_prefix('م').filter(|r| r.chars().count() >= 3);
    bare.starts_with('م')
        && singular.chars().count() >= 3
        && (share(singular) > RARE_SHARE || root.is_some_and(|r| share(r) > RARE_SHARE))
}

/// True for the broken plural `تفاعيل` (`تفاصيل`, `تقارير`, `تصاريح`): six letters, `ت` first, `ا`
/// third and `ي` fifth.
pub(super) fn is_tafail(key: &str) -> bool {
    let letters: Vec<char> = key.chars().collect();
    letters.len() == 6 && letters[0] == 'ت' && letters[2] == 'ا' && letters[4] == 'ي'
}

/// True for verbal nouns of the eighth, seventh and tenth forms: `افتعال` (`اعتزاز`, `اجتماع`),
/// `انفعال` (`انسحاب`), `استفعال` (`استقبال`).
pub(super) fn is_iftial(key: &str) -> bool {
    let letters: Vec<char> = key.chars().collect();
    let six = letters.len() == 6 && letters[0] == 'ا' && letters[4] == 'ا' && (letters[2] == 'ت' || letters[1] == 'ن');
    let seven = letters.len() == 7 && key.starts_with("است") && letters[5] == 'ا';
    six || seven
}

/// True for the past of the tenth form, `استفعل` (`استشهد`, `استقبل`): six letters, `است` and
/// three consonants (`استيفن` is a name).
pub(super) fn is_istafal(key: &str) -> bool {
    let letters: Vec<char> = key.chars().collect();
    letters.len() == 6 && key.starts_with("است") && !letters[3..].iter().any(|&c| matches!(c, 'ا' | 'و' | 'ي'))
}

/// True for the verbal noun of the second form, `تفعيل` (`تأجيل`, `تسجيل`, `تطوير`): five
/// letters, `ت` first and `ي` fourth.
pub(super) fn is_tafil(key: &str) -> bool {
    let letters: Vec<char> = key.chars().collect();
    letters.len() == 5 && letters[0] == 'ت' && letters[3] == 'ي'
}

/// How many background documents make another form of a word a common verb form (`اجتمع` for
/// `يجتمع`, `ركز` for `ركزت`).
pub(super) const VERB_FORM_DF: u32 = 60;

/// A background-based guess that a word is an imperfect verb (`يجتمع`, `تعزز`): it starts with
/// `ي`, `ت` or `ن` and the same word with another prefix (`اجتمع`, `يعزز`) is common.
pub(crate) fn looks_like_verb(key: &str) -> bool {
    // The future prefix: `سينظر` is `ينظر` when that is a common word (`سيلفا` is no `يلفا`).
    let background = Background::shipped();
    let future = key.strip_prefix('س').filter(|rest| rest.starts_with(['ي', 'ت', 'ن']));
    if future.is_some_and(|rest| background.df(&stem(rest)) >= VERB_FORM_DF) {
        return true;
    }
    let mut chars = key.chars();
    let Some(first) = chars.next() else { return false };
    let rest = chars.as_str();
    if !matches!(first, 'ي' | 'ت' | 'ن') || rest.chars().count() < 3 || is_given_name(key) {
        return false;
    }
    let common = |form: String| background.df(&stem(&form)) >= VERB_FORM_DF;
    common(format!("ا{rest}"))
        || (first == 'ي' && common(format!("ت{rest}")))
        || (first == 'ت' && common(format!("ي{rest}")))
}

/// A background-based guess that a word is a past verb of the third person feminine (`ركزت`):
/// it ends in `ت`, is no listed given name (`حكمت`), and without the `ت` it is a common word,
/// at least as common as with it. `روبرت` is no `روبر` + `ت`.
pub(super) fn looks_like_past_feminine(key: &str) -> bool {
    let background = Background::shipped();
    let Some(verb) = key.strip_suffix('ت').filter(|verb| verb.chars().count() >= 3) else { return false };
    let verb_df = background.df(&stem(verb));
    !is_given_name(key) && verb_df >= VERB_FORM_DF && verb_df >= background.df(&stem(key))
}

/// The readings of a word without a proclitic: itself, without `و`/`ف`/`ب`/`ل`/`ك` (or `و`
/// with one of the others), and `لل` read as the article; each with the letters left out.
pub(crate) fn readings(key: &str) -> Vec<(usize, String)> {
    let mut out = vec![(0, key.to_owned())];
    let long_enough = |rest: &str| rest.chars().count() >= 2;
    if let Some(rest) = key.strip_prefix("لل").filter(|r| long_enough(r)) {
        out.push((1, format!("ال{rest}")));
    }
    if let Some(rest) = key.strip_prefix(['و', 'ب', 'ل', 'ف', 'ك']).filter(|r| long_enough(r)) {
        out.push((1, rest.to_owned()));
        if let Some(rest2) = rest.strip_prefix(['ب', 'ل', 'ف', 'ك']).filter(|r| long_enough(r) && key.starts_with('و'))
        {
            out.push((2, rest2.to_owned()));
        }
    }
    out
}
