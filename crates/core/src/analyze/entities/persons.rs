//! People after a role (`الرئيس الفرنسي إيمانويل ماكرون`) and the same text's other mentions of them.

use super::shape::{
    common_shape, is_given_name, is_name_stop, is_particle, looks_like_past_feminine, looks_like_verb, readings, share,
    share_one_step,
};
use super::words::Words;
use super::{
    mention, words_key, EntityKind, Mention, Signal, FAMILY_SHARE, MAX_NAME_WORDS, NAME_CONTINUE_SHARE, NAME_SHARE,
    PROCLITICS, RARE_SHARE, SINGLE_SHARE,
};
use crate::analyze::gazetteer::{Gazetteer, Kind};
use crate::analyze::lexicon::{
    ambiguous_ranks, complement_prepositions, heads_needing_complement, ordinals, royal_titles,
};
use marsad_arabic::stem::is_stopword;
use std::collections::HashMap;
use std::ops::Range;

/// People introduced by a role: `الرئيس الفرنسي إيمانويل ماكرون`.
pub(super) fn cue_persons(words: &Words<'_>) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((role_end, mut name_start, skip)) = role_at(words, i) else {
            i += 1;
            continue;
        };
        let mut name_end = name_end(words, name_start, NAME_SHARE);
        // An adjective of the role before a given name (`الفنان القدير سمير غانم`) or a common
        // one before any name (`السيناتور الديمقراطي بوب مننديز`) is not a name's first word.
        let first = words.key(name_start);
        if name_end > name_start + 1
            && has_article(first)
            && !is_given_name(first)
            && (is_given_name(words.key(name_start + 1)) || share(first) > RARE_SHARE)
        {
            let end_after = self::name_end(words, name_start + 1, NAME_SHARE);
            if end_after > name_start + 1 {
                name_start += 1;
                name_end = end_after;
            }
        }
        // A given name alone (`المهندس ماجد`) names nobody in particular, except after a royal
        // title (`الملك سلمان`, `الشيخ تميم`), which is how rulers are named.
        let lone_given_name = name_end == name_start + 1 && is_given_name(words.key(name_start));
        let royal =
            name_start > 0 && readings(words.key(name_start - 1)).iter().any(|(_, k)| royal_titles().contains(k));
        // After a rank that is also a common word (`الفريق`: the team; `اللواء`: the brigade), one
        // word is too little to tell a name from a verb (`الفريق لاحظ`).
        let after_ambiguous_rank =
            name_start > 0 && readings(words.key(name_start - 1)).iter().any(|(_, k)| ambiguous_ranks().contains(k));
        if lone_given_name && !royal || name_end == name_start + 1 && after_ambiguous_rank {
            i = name_end;
            continue;
        }
        if name_end > name_start {
            let role = role_display(words, i..role_end, skip);
            let span = words.bytes(name_start..name_end, 0);
            found.push(mention(words, span, EntityKind::Person, Signal::Cue, Some(role), None));
            i = name_end;
        } else {
            // The next cue (if any) inside the role starts its own reading.
            i += 1;
        }
    }
    found
}

/// The display form of a role: its text without the proclitic; `لل` before a head reads as the
/// article (`للزعيم` → `الزعيم`).
pub(super) fn role_display(words: &Words<'_>, range: Range<usize>, skip: usize) -> String {
    if words.key(range.start).starts_with("لل") && skip == 1 {
        return format!("ال{}", &words.text[words.bytes(range, 2)]);
    }
    words.text[words.bytes(range, skip)].to_owned()
}

/// A role starting at token `i`: (end of the role's tokens, start of the name, proclitic
/// letters of the first token).
pub(super) fn role_at(words: &Words<'_>, i: usize) -> Option<(usize, usize, usize)> {
    // `د.` before a name.
    if words.key(i) == "د" && words.tokens.get(i + 1).is_some_and(|t| t.text == ".") && words.is_word(i + 2) {
        return Some((i + 2, i + 2, 0));
    }
    let (skip, key, construct) = words.head_at(i)?;
    let mut j = i + 1;
    let mut complements = 0;
    // Two-word heads.
    match key.as_str() {
        "ولي" if words.continues(j) && words.key(j) == "العهد" => j += 1,
        "الامين" | "امين" if words.continues(j) && matches!(words.key(j), "العام" | "عام") => j += 1,
        _ => {}
    }
    let needs_complement = heads_needing_complement().contains(&key) && j == i + 1;
    while words.continues(j) && complements < 5 {
        let before = j;
        j = complement(words, j, construct, complements == 0);
        if j == before {
            break;
        }
        complements += 1;
    }
    // `كبير المفاوضين` is a role; `قوات كبيرة إلى نابلس` is not.
    if needs_complement && (complements == 0 || words.key(i + 1) == "الي") {
        return None;
    }
    // Honorifics chain after a role: `ولي العهد الأمير`.
    while words.continues(j) && words.head_at(j).is_some_and(|(_, _, c)| !c) {
        j += 1;
        while words.continues(j) {
            let before = j;
            j = complement(words, j, false, false);
            if j == before {
                break;
            }
        }
    }
    if !words.continues(j) || words.is_head(j) {
        return None;
    }
    Some((j, j, skip))
}

/// The end of one complement of a role starting at token `j` (`j` itself if there is none).
pub(super) fn complement(words: &Words<'_>, j: usize, construct: bool, first: bool) -> usize {
    if let Some((range, occurrence)) = words.place(j) {
        // A nisba (`الروسي`) always; a place or organization (`كوريا الشمالية`) after a
        // construct head (`وزيرة خارجية كوريا الشمالية`, `أمير منطقة مكة`).
        if occurrence.nisba || construct {
            return range.end;
        }
        return j;
    }
    if !construct {
        return j;
    }
    let key = words.key(j);
    if words.is_head(j) || is_given_name(key) || words.is_org_cue_at(j) && !first {
        return j;
    }
    if complement_prepositions().contains(key) {
        let next = j + 1;
        let leads_on = words.continues(next)
            && (words.place(next).is_some() || is_definite(words.key(next)) || words.is_org_cue_at(next));
        return if leads_on { next } else { j };
    }
    if is_name_stop(key) {
        return j;
    }
    // A definite word: `الخارجية`, `الوزراء`, `للأمم`, `النقابة`, `للميناء` (a name after a role
    // starts with the article only as a given name: `الأمير الوليد`).
    if is_definite(key) && !is_given_name(key) {
        return j + 1;
    }
    // A common indefinite word in construct with what follows: `خارجية كوريا`, `منطقة مكة`,
    // `مجلس الوزراء`.
    let next = j + 1;
    let construct_follows = words.continues(next)
        && (words.place(next).is_some() || is_definite(words.key(next)) && share(words.key(next)) > NAME_SHARE);
    if !key.starts_with("ال") && share(key) > NAME_SHARE && construct_follows && !looks_like_verb(key) {
        return j + 1;
    }
    // A rare possessor before a `لل` phrase: `مستشار ماكرون للشؤون الخارجية`.
    if first
        && !key.starts_with("ال")
        && share(key) <= NAME_SHARE
        && words.continues(next)
        && words.key(next).starts_with("لل")
    {
        return next;
    }
    j
}

/// True if `key` starts with the article, alone or after a proclitic (`الوفد`, `بالوفد`, `للأمم`).
pub(super) fn has_article(key: &str) -> bool {
    ["ال", "بال", "وال", "فال", "كال", "لل", "وبال", "ولل", "فبال", "فلل", "وكال"]
        .iter()
        .any(|a| key.strip_prefix(a).is_some_and(|rest| rest.chars().count() >= 2))
}

pub(super) fn is_definite(key: &str) -> bool {
    (key.starts_with("ال") || key.starts_with("لل")) && key.chars().count() > 3
}

/// The end (exclusive token index) of a person's name starting at token `start`; `start` if no
/// name starts there. `first_share`: the largest background share the first word may have.
pub(super) fn name_end(words: &Words<'_>, start: usize, first_share: f64) -> usize {
    let first = words.key(start);
    if !words.is_word(start) || first.chars().count() < 2 || has_tanween(words, start) {
        return start;
    }
    // A conjunction before the first word joins a clause, not a name (`الأمام ومد يد`, `الرائد
    // وتعمد الهروب`), unless what is left is rare and opens as foreign names after `و` do
    // (`ويليام`, `وليام`, `والتر`, `وودرو`); Arabic names in `و` are listed given names.
    let conjoined = first.strip_prefix('و').is_some_and(|rest| {
        rest.chars().count() < 3
            || share(rest) > RARE_SHARE
            || !rest.starts_with(['ي', 'ا', 'ل', 'و'])
            || rest.starts_with('ا') && rest.ends_with('ت')
            // An imperfect verb (`ويمتاز`); one in `يل` reads as the article (`ويليام`: `اليام`).
            || looks_like_verb(rest) && !rest.starts_with("يل")
    });
    // A preposition before a common word makes a complement, not a name (`لحلف الأطلسي`).
    let prepositional = first
        .strip_prefix(['ل', 'ب'])
        .is_some_and(|rest| rest.chars().count() >= 3 && (share(rest) > RARE_SHARE || common_shape(rest)));
    let first_ok = (is_given_name(first) || matches!(first, "عبد" | "ابو" | "ابن"))
        || (!is_name_stop(first)
            && !conjoined
            && !prepositional
            && !words.is_head(start)
            && !words.is_org_cue_at(start)
            && words.place(start).is_none()
            && !common_shape(first)
            && (first.starts_with("ال") || !has_article(first))
            && share(first) <= first_share
            && !((first.starts_with(['ي', 'س']) || first.starts_with('ت') && first.chars().count() >= 5)
                && looks_like_verb(first))
            && !with_pronoun(first));
    if !first_ok || is_stopword(first) {
        return start;
    }
    let foreign = |key: &str| !is_given_name(key) && !is_particle(key) && !has_article(key);
    let mut end = start + 1;
    let mut rare_run = foreign(first);
    let mut foreign_words = usize::from(foreign(first));
    while end - start < MAX_NAME_WORDS && words.continues(end) {
        let key = words.key(end);
        let previous = words.key(end - 1);
        let after_particle = is_particle(previous);
        // A first given name (not one after `بن`) may take a family name: `خالد الفيصل`.
        // `عبد الفتاح` is one given name, first too.
        let compound_given = end == start + 2 && words.key(start) == "عبد";
        let after_first_given =
            is_given_name(previous) && (end == start + 1 || !is_particle(words.key(end - 2))) || compound_given;
        // `هي`/`هو` end East Asian names (`هان دوك هو`) before a preposition or punctuation.
        if rare_run && end - start >= 2 && matches!(key, "هي" | "هو") {
            let next = end + 1;
            if !words.continues(next) || is_stopword(words.key(next)) {
                end += 1;
                break;
            }
        }
        // A nisba of a place without the article after a first name is a family name (`مروان
        // عسيري`, of `عسير`).
        let of_a_place = |key: &str| {
            key.strip_suffix('ي').filter(|base| base.chars().count() >= 3).is_some_and(|base| {
                Gazetteer::shipped()
                    .find_spans(base)
                    .first()
                    .is_some_and(|o| o.entry.kind != Kind::Org && !o.nisba && o.span == (0..base.len()))
            })
        };
        let family_nisba = (after_first_given || end == start + 1)
            && !has_article(key)
            && !is_name_stop(key)
            && (words.place(end).is_some_and(|(range, o)| o.nisba && range.len() == 1) || of_a_place(key));
        if family_nisba {
            end += 1;
            rare_run = false;
            continue;
        }
        // `آل` takes the family's name whatever it is (`آل الشيخ`, `آل سعود`).
        if previous == "ال" && words.is_word(end) && !is_stopword(key) && !has_tanween(words, end) {
            end += 1;
            rare_run = false;
            continue;
        }
        if is_name_stop(key)
            || words.is_head(end)
            || words.place(end).is_some()
            || words.is_org_cue_at(end)
            || has_tanween(words, end)
        {
            break;
        }
        if after_particle {
            end += 1;
            continue;
        }
        let starts_verb_like = key.starts_with('ي') && key.chars().count() >= 4;
        if key.starts_with('و') && !is_given_name(key) || !is_given_name(key) && starts_verb_like {
            break;
        }
        // A family name after the first name (`خالد الفيصل`, `سامر الخوالدة`), whatever its shape.
        // `التقى` ("met") reads as a nisba in match-key form; a nisba is written with `ي`.
        let written_alif_maqsura = words.tokens[end].text.ends_with('ى');
        let family = end == start + 1
            && key.starts_with("ال")
            && !written_alif_maqsura
            && (after_first_given || rare_run)
            && (is_family_name(key, share(key)) || rare_run && share(key) <= NAME_SHARE);
        if family {
            end += 1;
            rare_run = false;
            continue;
        }
        // A rare word in `ة` after a first name is a family name (`أديب ميالة`), whatever its
        // shape; a common one is a noun (`مبادرة`).
        let family_in_ta_marbuta = end == start + 1
            && !has_article(key)
            && words.tokens[end].text.ends_with('ة')
            && share(key) <= RARE_SHARE
            && !looks_like_verb(key);
        if family_in_ta_marbuta {
            end += 1;
            rare_run = false;
            continue;
        }
        // A word written with a final `ى` other than a listed given name (`موسى`) is a verb
        // (`ديك دوربن سعى`).
        let verb_in_alif_maqsura = written_alif_maqsura && !is_given_name(key);
        if looks_like_verb(key) || looks_like_past_feminine(key) || common_shape(key) || verb_in_alif_maqsura {
            break;
        }
        // Foreign names have at most three words (`مون جاي إن`).
        if foreign(key) && foreign_words >= 3 {
            break;
        }
        // A family name with the article ends the name but for a particle after it (`عبدالله
        // الثاني بن الحسين`): `ساعد العرابي بتكريمهم` stops at `العرابي`, and `عبدالفتاح السيسي
        // فرانسوا هولاند` at `السيسي`. The article word of `عبد الفتاح` is no family name.
        if has_article(previous) && end > start + 1 && !compound_given && !is_particle(key) {
            break;
        }
        let word_share = share(key);
        let article = has_article(key);
        let after_chain = end >= start + 2 && is_particle(words.key(end - 2)) && !is_particle(previous);
        let accept = is_given_name(key)
            || is_particle(key)
            || ordinals().contains(key) && is_given_name(previous)
            || (!article && word_share <= NAME_SHARE)
            || ((rare_run || is_given_name(previous))
                && !article
                && !key.starts_with(PROCLITICS)
                && !key.strip_suffix('ت').is_some_and(|stem| share(stem) > NAME_SHARE)
                && word_share <= NAME_CONTINUE_SHARE)
            || (after_first_given && !written_alif_maqsura && is_family_name(key, word_share))
            // A rare family name after the chain of fathers (`عبدالله بن عمر النجار`).
            || (after_chain && !written_alif_maqsura && word_share <= RARE_SHARE && is_family_name(key, word_share))
            // A foreign family name that only reads as common through two changes (`همفري
            // بوجارت` is no `ب` + `وجار` + `ت`).
            || (rare_run && !article && !looks_like_verb(key) && share_one_step(key) <= RARE_SHARE);
        if !accept {
            break;
        }
        rare_run = foreign(key) && word_share <= NAME_CONTINUE_SHARE;
        foreign_words += usize::from(foreign(key));
        end += 1;
    }
    // A name does not end on a particle.
    while end > start + 1 && is_particle(words.key(end - 1)) {
        end -= 1;
    }
    // One word alone must look like a name, not an imperfect verb (`يستعين`) nor a word joined
    // by `و` (`وينال`).
    let verb_like =
        !is_given_name(first) && (first.starts_with('ي') && first.chars().count() >= 4 || first.starts_with('و'));
    if end == start + 1 && (is_particle(first) || !is_given_name(first) && share(first) > SINGLE_SHARE || verb_like) {
        return start;
    }
    end
}

/// True for a word of five letters or more ending in a pronoun `ها`/`هم`/`هما` (`تصفحها`): a verb
/// or a noun with its object, not a name's first word. Listed given names are exempt.
pub(super) fn with_pronoun(key: &str) -> bool {
    !is_given_name(key) && key.chars().count() >= 5 && ["ها", "هم", "هما"].iter().any(|p| key.ends_with(p))
}

/// True if token `i` is written with tanween (`تمهيداً`, `أيضاً`): an adverb or an indefinite
/// noun, never a name.
pub(super) fn has_tanween(words: &Words<'_>, i: usize) -> bool {
    words.tokens.get(i).is_some_and(|t| t.text.contains(['\u{064B}', '\u{064C}', '\u{064D}']))
}

/// True if a word with the article after a given name is a family name: not too common
/// ([`FAMILY_SHARE`]), and a nisba (`العتيبي`), a given name with the article (`الفيصل`) or a rare
/// word (`الخوالدة`); a common noun is where the name ended (`سلمان الوفد`, `ماجد الحفل`).
pub(super) fn is_family_name(key: &str, share: f64) -> bool {
    let Some(bare) = key.strip_prefix("ال") else { return false };
    share <= FAMILY_SHARE && (bare.ends_with('ي') || is_given_name(bare) || share <= NAME_SHARE)
}

/// Other mentions of the people cues introduced: the full name, or its first or last word when
/// that word is rare and not a given name (with a proclitic allowed before it).
pub(super) fn repeats(words: &Words<'_>, persons: &[Mention]) -> Vec<Mention> {
    // Short forms (keys) → the full names they may stand for, and the forms by their first word,
    // so that each word of the text is looked up once, whatever the number of people.
    // form → its place in the order the forms were found (ties go to the first) and the
    // (full key, full name) pairs it may stand for, one per full key.
    let mut meanings: HashMap<String, (usize, Vec<(String, String)>)> = HashMap::new();
    for person in persons {
        let parts: Vec<&str> = person.key.split(' ').collect();
        let mut add = |form: &str| {
            let order = meanings.len();
            let (_, fulls) = meanings.entry(form.to_owned()).or_insert_with(|| (order, Vec::new()));
            if !fulls.iter().any(|(key, _)| *key == person.key) {
                fulls.push((person.key.clone(), person.name.clone()));
            }
        };
        add(&person.key);
        if parts.len() > 1 {
            for part in [parts[0], parts[parts.len() - 1]] {
                let usable = part.chars().count() >= 3
                    && !is_given_name(part)
                    && !is_particle(part)
                    && !part.starts_with("ال")
                    && share(part) <= NAME_SHARE;
                if usable {
                    add(part);
                }
            }
        }
    }
    let mut by_first_word: HashMap<&str, Vec<(usize, Vec<&str>)>> = HashMap::new();
    for (form, (order, _)) in &meanings {
        let form_words: Vec<&str> = form.split(' ').collect();
        by_first_word.entry(form_words[0]).or_default().push((*order, form_words));
    }
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // The widest form read here, the first found on a tie: (width, order, letters skipped, form).
        let mut hit: Option<(usize, usize, usize, String)> = None;
        if words.is_word(i) {
            for (skip, first) in readings(words.key(i)) {
                for (order, form_words) in by_first_word.get(first.as_str()).into_iter().flatten() {
                    let width = form_words.len();
                    let fits = i + width <= words.len()
                        && (i + 1..i + width).all(|t| words.is_word(t) && words.continues(t))
                        && (i + 1..i + width).zip(&form_words[1..]).all(|(t, w)| words.key(t) == *w);
                    let better = hit.as_ref().is_none_or(|(w, o, _, _)| width > *w || (width == *w && order < o));
                    if fits && better {
                        hit = Some((width, *order, skip, form_words.join(" ")));
                    }
                }
            }
        }
        match hit {
            Some((width, _, skip, form)) => {
                let span = words.bytes(i..i + width, skip);
                let name_key = words_key(&words.text[span.clone()]);
                let full = meanings.get(&form).and_then(|(_, fulls)| fulls.first()).cloned();
                let one_meaning = meanings.get(&name_key).is_some_and(|(_, fulls)| fulls.len() == 1);
                let canonical = full.filter(|(full_key, _)| one_meaning && name_key != *full_key).map(|(_, name)| name);
                found.push(mention(words, span, EntityKind::Person, Signal::Repeat, None, canonical));
                i += width;
            }
            None => i += 1,
        }
    }
    found
}
