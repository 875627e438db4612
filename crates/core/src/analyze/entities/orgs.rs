//! Organizations after a cue word: `وزارة الخارجية`, `شركة أرامكو`, `وكالة الأنباء الروسية`.

use super::persons::{is_definite, name_end};
use super::shape::{common_shape, is_given_name, is_name_stop, is_org_cue, looks_like_verb, readings, share};
use super::words::Words;
use super::{mention, EntityKind, Mention, Signal, MAX_ORG_WORDS, NAME_SHARE, RARE_SHARE};
use crate::analyze::gazetteer::{Gazetteer, Kind, Occurrence};
use crate::analyze::lexicon::{ambiguous_org_cues, not_fields, org_adjectives};

/// Organizations after a cue word: `وزارة الخارجية الأمريكية`, `حركة حماس`, `وكالة سبوتنيك
/// الروسية للأنباء`. The cue is followed by (a) up to two indefinite words — a rare proper name
/// (`أرامكو`) or a common noun in construct (`مجلس حقوق الإنسان`) — or a gazetteer name, then
/// (b) one definite noun, then (c) adjectives (nisba-like words, nisbas and places, a few listed
/// ones), `لل` phrases and `وال` coordinations. An organization of the gazetteer right after the
/// cue gives a gazetteer mention spanning the cue.
pub(super) fn cue_orgs(words: &Words<'_>) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !words.is_org_cue_at(i) || words.is_head(i) {
            i += 1;
            continue;
        }
        // The cue as read without its proclitic (`للجنة` → `لجنة`), and how many letters that left out.
        let (skip, cue) = readings(words.key(i)).into_iter().find(|(_, k)| is_org_cue(k)).unwrap_or_default();
        let listed = [i, i + 1]
            .into_iter()
            .filter(|&j| j == i || words.continues(j))
            .find_map(|j| words.place(j).filter(|(_, o)| o.entry.kind == Kind::Org));
        if let Some((range, occurrence)) = listed {
            // A listed organization, with the qualifying nisba or country after it
            // (`شركة أرامكو السعودية`).
            let mut end = range.end;
            while let Some((next, _)) = words.place(end).filter(|(_, o)| qualifies(words, end, o)) {
                end = next.end;
            }
            // and a `لل` phrase naming its field (`وكالة سبوتنيك الروسية للأنباء`).
            if words.continues(end) && words.key(end).starts_with("لل") && words.place(end).is_none() {
                end += 1;
            }
            let first = if range.start == i { occurrence.span.start } else { words.bytes(i..i + 1, skip).start };
            let span = first..words.tokens[end - 1].span.end;
            let canonical = Some(occurrence.entry.name.clone());
            found.push(mention(words, span, EntityKind::Org, Signal::Gazetteer, None, canonical));
            i = end;
            continue;
        }
        let end = org_end(words, i + 1);
        if end > i + 1 {
            let mut org = mention(words, words.bytes(i..end, skip), EntityKind::Org, Signal::Cue, None, None);
            org.generic = (i + 1..end).all(|j| words.place(j).is_none() && share(words.key(j)) > NAME_SHARE);
            // `حركة الرياح` is the wind's motion, `مجموعة المعادن` the metals as a class: after
            // such a cue, a place or a rare word must name the organization.
            let ambiguous = ambiguous_org_cues().contains(&cue);
            let named = (i + 1..end).any(|j| {
                let key = words.key(j);
                let bare = key.strip_prefix("ال").unwrap_or(key);
                words.place(j).is_some() || share(key) <= RARE_SHARE && !common_shape(bare)
            });
            // `اللجنة المكلفة`, `الجهة المختصة`: a definite cue with a participle is a description.
            let definite_cue = cue.starts_with("ال") || words.key(i).starts_with("لل");
            let next = words.key(i + 1);
            let participle = next.starts_with("الم")
                && next.chars().count() >= 6
                && !next.ends_with('ي')
                && words.place(i + 1).is_none()
                && share(next) > RARE_SHARE;
            if (!ambiguous || named) && !(definite_cue && participle) {
                found.push(org);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

/// True if the gazetteer name at token `j` qualifies an organization before it: a nisba, or a
/// place with the article and no proclitic (`السعودية`).
pub(super) fn qualifies(words: &Words<'_>, j: usize, occurrence: &Occurrence<'_>) -> bool {
    words.continues(j)
        && occurrence.entry.kind != Kind::Org
        && (occurrence.nisba || words.key(j).starts_with("ال") && occurrence.span.start == words.tokens[j].span.start)
}

/// True if a nisba word carries the article: `الروسية` (`روسية` is a nisba too), not `ألمانية`,
/// whose `ال` is its own.
pub(super) fn nisba_has_article(key: &str) -> bool {
    key.strip_prefix("ال").is_some_and(|rest| {
        Gazetteer::shipped().find_spans(rest).first().is_some_and(|o| o.nisba && o.span == (0..rest.len()))
    })
}

/// The end of an organization's name whose words start at token `start` (`start`: none).
pub(super) fn org_end(words: &Words<'_>, start: usize) -> usize {
    let mut j = start;
    let mut indefinite = 0;
    let mut has_definite = false;
    let mut has_proper = false;
    // A gazetteer place named it (`جامعة صنعاء`): only a nisba, a place or a `لل` field may follow.
    let mut named_by_place = false;
    while j < start + MAX_ORG_WORDS && words.continues(j) {
        let key = words.key(j);
        if is_name_stop(key) || words.is_head(j) && !key.starts_with("ال") || words.is_org_cue_at(j) && j > start {
            break;
        }
        if let Some((range, occurrence)) = words.place(j) {
            // A place names the organization (`جامعة القاهرة`) or qualifies it (`السعودية`,
            // with the article and no proclitic).
            if j > start && !qualifies(words, j, occurrence) {
                break;
            }
            // An indefinite nisba before any name describes (`صحيفة ألمانية`: a German paper).
            if occurrence.nisba && !has_definite && !has_proper && !nisba_has_article(key) {
                return start;
            }
            j = range.end;
            has_proper = true;
            named_by_place = true;
            continue;
        }
        // `والمس` ("and harming") is too short to be a noun of the name.
        if key.strip_prefix("وال").is_some_and(|rest| rest.chars().count() < 3) {
            break;
        }
        let bare = key.strip_prefix('و').filter(|_| key.starts_with("وال")).unwrap_or(key);
        if is_definite(bare) {
            // `لل` is "for the": it names the field of an organization already named, not the
            // noun of its construct (`رابطة للحكام`), nor a time (`للعام الجامعي`).
            let for_the = key.strip_prefix("لل").map(|rest| format!("ال{rest}"));
            if for_the.as_ref().is_some_and(|the| !has_definite && !has_proper || not_fields().contains(the)) {
                break;
            }
            let stripped = bare.strip_prefix("ال").unwrap_or(bare);
            let adjective = (stripped.ends_with('ي') || stripped.ends_with("يه")) && stripped.chars().count() >= 4
                || org_adjectives().contains(bare);
            if !has_definite {
                // A place named the organization (`اتحاد الجزائر`): what follows describes it
                // (`اتحاد الجزائر المتصدر`, `بنك الأردن المطل على الدوار`) unless it is a nisba or
                // a `لل` field.
                if has_proper && !adjective && !key.starts_with("لل") {
                    break;
                }
                // The definite noun of the construct; a title brings a name (`جامعة الملك سعود`).
                has_definite = true;
                j += 1;
                if matches!(key, "الملك" | "الامير" | "الشيخ" | "السلطان") {
                    let end = name_end(words, j, NAME_SHARE);
                    if end > j {
                        j = end;
                    }
                }
                continue;
            }
            // `والمتضمنة`: a participle joined by `و` opens a clause about the organization.
            let joined_participle = key
                .strip_prefix("وال")
                .is_some_and(|rest| (rest.starts_with("مت") || rest.starts_with("مست")) && rest.chars().count() >= 5);
            if adjective || key.starts_with("لل") || key.starts_with("وال") && !joined_participle {
                j += 1;
                continue;
            }
            break;
        }
        // A purpose with `ل` right after the cue describes (`لجنة لاستلام المشروع`).
        let purpose = j == start
            && key.strip_prefix('ل').is_some_and(|rest| rest.chars().count() >= 3 && share(rest) > RARE_SHARE);
        if purpose {
            return start;
        }
        // An indefinite nisba of a common noun describes (`منتدى تفاوضي`); `سوني` is a name.
        let describing_nisba =
            key.strip_suffix('ي').is_some_and(|noun| noun.chars().count() >= 3 && share(noun) > RARE_SHARE);
        if describing_nisba && !has_definite && !has_proper {
            return start;
        }
        let rare = share(key) <= NAME_SHARE && !common_shape(key) && !key.starts_with('م');
        if has_definite
            || named_by_place
            || has_proper && !rare
            || indefinite >= 3
            || looks_like_verb(key)
            || is_given_name(key)
        {
            break;
        }
        let next = j + 1;
        let construct_follows = words.continues(next) && (is_definite(words.key(next)) || words.place(next).is_some());
        if rare && !key.starts_with('و') {
            has_proper = true;
            indefinite += 1;
            j += 1;
        } else if construct_follows {
            indefinite += 1;
            j += 1;
        } else {
            break;
        }
    }
    if has_definite || has_proper {
        j
    } else {
        start
    }
}
