//! What an article says, extracted once when it is stored: the people, places and organizations
//! it names, the figures it gives and the quotes it reports.

use serde::{Deserialize, Serialize};

use super::claims::{number_claims, quote_claims, NumberClaim, QuoteClaim};
use super::entities::{find_mentions, Mention};
use crate::model::Article;

/// An article's facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// Entity mentions in the text (cue, nisba, gazetteer), then recurring-name candidates.
    pub mentions: Vec<Mention>,
    pub numbers: Vec<NumberClaim>,
    pub quotes: Vec<QuoteClaim>,
    /// The dates the text states (`27 أكتوبر 2025`, `الثالث من سبتمبر`), with where.
    #[serde(default)]
    pub dates: Vec<DateClaim>,
}

/// A date the text states: in ISO 8601 as far as it is given (`2025-10-27`, `2025-10`, `2025`,
/// or `--09-03` for a day without a year). Weekdays and relative days are left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateClaim {
    pub value: String,
    /// The mention as written.
    pub text: String,
    /// The sentence it is in.
    pub sentence: String,
}

/// The dates a text states, each with its sentence.
fn date_claims(text: &str) -> Vec<DateClaim> {
    let sentences = marsad_arabic::sentences::sentence_spans(text);
    marsad_arabic::find_dates(text)
        .into_iter()
        .filter_map(|mention| {
            use marsad_arabic::DateValue;
            let value = match mention.value {
                DateValue::Full(date) => date.to_string(),
                DateValue::MonthYear { year, month } => format!("{year:04}-{month:02}"),
                DateValue::Year(year) => format!("{year:04}"),
                DateValue::MonthDay { month, day } => format!("--{month:02}-{day:02}"),
                _ => return None,
            };
            // Sentences are in text order: the date's is the last starting at or before it.
            let starting_before = sentences.partition_point(|s| s.start <= mention.span.start);
            let sentence = sentences[..starting_before].last().filter(|s| mention.span.end <= s.end)?;
            Some(DateClaim {
                value,
                text: text.get(mention.span.clone())?.to_owned(),
                sentence: text.get(sentence.clone())?.trim().to_owned(),
            })
        })
        .collect()
}

impl Facts {
    /// The facts of an article's clean text.
    pub fn of(article: &Article) -> Facts {
        let text = &article.text;
        // Runs of rare words the tagger does not read as names are not taken as guesses: the
        // hand checks found them phrases (`الدخان يتصاعد`) more often than names.
        let mentions = find_mentions(text);
        Facts { mentions, numbers: number_claims(text), quotes: quote_claims(text), dates: date_claims(text) }
    }
}
