//! Entities across the whole store: every article's mentions resolved into people, places and
//! organizations, merged across spellings (drawn when asked for: only some queries need them).

use std::collections::BTreeMap;

use marsad_core::analyze::facts::Facts;
use marsad_core::link::entities::{self, ArticleMentions, Entity};
use marsad_core::link::Placement;
use marsad_store::Store;

use crate::error::{EngineError, Result};

/// Every entity the stored articles name, most articles first.
pub fn entities(store: &dyn Store) -> Result<Vec<Entity>> {
    let facts = store.all_facts().map_err(EngineError::Query)?;
    let placements = store.placements(None).map_err(EngineError::Query)?;
    entities_of(store, &facts, &placements)
}

/// [`entities`] from every article's facts and placements already read (the export reads them
/// for itself too).
pub fn entities_of(
    store: &dyn Store,
    facts: &[(String, Facts)],
    placements: &BTreeMap<String, Placement>,
) -> Result<Vec<Entity>> {
    let dates: std::collections::HashMap<String, Option<chrono::NaiveDate>> =
        store.link_nodes().map_err(EngineError::Query)?.into_iter().map(|n| (n.id, n.date)).collect();
    let mentions: Vec<ArticleMentions> = facts
        .iter()
        .map(|(id, facts)| {
            let placement = placements.get(id);
            ArticleMentions {
                article: id,
                date: dates.get(id).copied().flatten(),
                // An article not clustered yet is its own event and its own source.
                event: placement.map_or(id.as_str(), |p| p.event.as_str()),
                source: placement.and_then(|p| p.duplicate_of.as_ref()).map_or(id.as_str(), |d| d.id.as_str()),
                mentions: &facts.mentions,
            }
        })
        .collect();
    Ok(entities::resolve(&mentions))
}
