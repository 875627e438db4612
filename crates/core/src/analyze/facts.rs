//! What an article says, extracted once when it is stored: the people, places and organizations
//! it names, the figures it gives and the quotes it reports.

use serde::{Deserialize, Serialize};

use super::claims::{number_claims, quote_claims, NumberClaim, QuoteClaim};
use super::entities::{find_mentions, name_candidates, Mention};
use crate::model::Article;

/// An article's facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// Entity mentions in the text (cue, nisba, gazetteer), then recurring-name candidates.
    pub mentions: Vec<Mention>,
    pub numbers: Vec<NumberClaim>,
    pub quotes: Vec<QuoteClaim>,
    /// The full dates the text states (`27 أكتوبر 2025`), with where.
    #[serde(default)]
    pub dates: Vec<DateClaim>,
}

/// A date the text states in full.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateClaim {
    pub date: chrono::NaiveDate,
    /// The mention as written.
    pub text: String,
    /// The sentence it is in.
    pub sentence: String,
}

/// The full dates a text states, each with its sentence.
fn date_claims(text: &str) -> Vec<DateClaim> {
    let sentences = marsad_arabic::sentences::sentence_spans(text);
    marsad_arabic::find_dates(text)
        .into_iter()
        .filter_map(|mention| {
            let marsad_arabic::DateValue::Full(date) = mention.value else { return None };
            let sentence = sentences.iter().find(|s| s.start <= mention.span.start && mention.span.end <= s.end)?;
            Some(DateClaim {
                date,
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
        let mut mentions = find_mentions(text);
        let taken: Vec<std::ops::Range<usize>> = mentions.iter().map(|m| m.span.clone()).collect();
        let overlaps = |span: &std::ops::Range<usize>| taken.iter().any(|t| t.start < span.end && span.start < t.end);
        mentions.extend(name_candidates(text).into_iter().filter(|c| !overlaps(&c.span)));
        Facts { mentions, numbers: number_claims(text), quotes: quote_claims(text), dates: date_claims(text) }
    }
}
