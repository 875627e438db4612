//! Claims: the figures an article gives (unit, what they count, who says so) and the quotes it reports.

mod attribution;
mod compare;
mod context;
mod numbers;
mod quotes;
mod tokens;

use std::ops::Range;

use marsad_arabic::Qualifier;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use self::compare::{
    counts_casualties, same_unit_and_outcome, shared_context, subjects_agree, tells_another_count, values_conflict,
    Scope, Setting,
};
pub use self::context::context_display;
pub use self::numbers::number_claims;
pub(crate) use self::numbers::outcomes;
pub use self::quotes::quote_claims;

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
    /// The figure counts part of a set its sentence names (`بينهم 5 أطفال`, `ثلاثة من
    /// المهاجمين`, `اثنان منهم`): it may agree with another report's figure, never contradict it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub part: bool,
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

#[cfg(test)]
mod tests;
