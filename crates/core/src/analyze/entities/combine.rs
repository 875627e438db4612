//! Rules and the trained tagger together: the tagger's spans bound and confirm what the cue
//! rules and the gazetteer find, and add the names no cue introduces.

use std::collections::HashSet;
use std::ops::Range;

use marsad_arabic::stem::stem;
use marsad_arabic::tokenize::TokenKind;

use super::{
    common_shape, is_given_name, is_particle, looks_like_verb, mention, readings, repeats, resolve, share, EntityKind,
    Mention, Signal, Words, NAME_SHARE,
};
use crate::analyze::background::Background;
use crate::analyze::gazetteer::Gazetteer;
use crate::analyze::lexicon::org_type_words;
use crate::analyze::tagger::{NameType, TaggedSpan};

/// What the rules found in a text, before the tagger is consulted.
pub(super) struct RuleFinds {
    pub persons: Vec<Mention>,
    pub orgs: Vec<Mention>,
    pub places: Vec<Mention>,
    pub guesses: Vec<Mention>,
}

/// The mentions of a text from the rules' finds and the tagger's spans, in text order:
/// - a person after a cue takes the tagger's end where the tagger reads more of the name, and
///   loses trailing common words the tagger leaves out ([`person_end`]); with no tagger person
///   there, a one-word name is dropped (a verb or common noun after a role word);
/// - an organization after a cue takes the tagger's name when that lies inside it after the
///   cue word;
/// - a place of the gazetteer inside a longer person or organization of the tagger is part of it;
/// - a one-word gazetteer name that is also a common word (`إطار`, `صور`) needs the tagger to
///   read a name there;
/// - the other mentions of those people are repeats, as without the tagger;
/// - a guess after a verb of saying needs the tagger's agreement;
/// - every other person, place or organization of the tagger is a [`Signal::Tagger`] mention.
pub(super) fn combine(words: &Words<'_>, finds: RuleFinds, tagged: &[TaggedSpan]) -> Vec<Mention> {
    // The tagger's spans are in text order and never overlap, so those meeting a range are one
    // run of them, found by binary search: a long text holds many thousands.
    debug_assert!(tagged.windows(2).all(|pair| pair[0].tokens.end <= pair[1].tokens.start));
    let meeting = |range: &Range<usize>| -> &[TaggedSpan] {
        let from = tagged.partition_point(|t| t.tokens.end <= range.start);
        let to = tagged.partition_point(|t| t.tokens.start < range.end).max(from);
        &tagged[from..to]
    };
    let overlapping = |range: &Range<usize>, kinds: &[NameType]| -> Option<&TaggedSpan> {
        meeting(range)
            .iter()
            .find(|t| kinds.contains(&t.kind) && t.tokens.start < range.end && range.start < t.tokens.end)
    };
    let text_keys: HashSet<&str> = words.tokens.iter().map(|t| t.key.as_str()).collect();
    let mut found: Vec<(u8, Mention)> = Vec::new();
    for person in finds.persons {
        let range = token_range(words, &person.span);
        match overlapping(&range, &[NameType::Person]) {
            Some(tagged_person) => {
                let end = person_end(words, &range, &tagged_person.tokens);
                let start = person_start(words, &range, tagged_person.tokens.start, end);
                if start == range.start && end == range.end {
                    found.push((0, person));
                } else {
                    let skip = if start == range.start { letters_skipped(words, &person.span, range.start) } else { 0 };
                    let span = words.bytes(start..end, skip);
                    found.push((0, mention(words, span, EntityKind::Person, Signal::Cue, person.role, None)));
                }
            }
            // One word after a role that the tagger reads as no person is a verb or a common
            // noun (`ارتكب أخطاء`, `الرئيسة ستستقيل`): dropped. A longer name stays (the tagger
            // misses many East Asian names: `مون جاي إن`).
            None if range.len() < 2 => {}
            None => found.push((0, person)),
        }
    }
    // Other mentions of the people cues introduced, with the tagger's bounds.
    let persons: Vec<Mention> = found.iter().map(|(_, m)| m.clone()).collect();
    found.extend(repeats(words, &persons).into_iter().map(|m| (3, m)));
    // The tagger's organization inside one after a type word (`شركة`, `صحيفة`), after it, is
    // its name (`شركة مايكروسوفت` → `مايكروسوفت`); after other cues the cue word is part of it
    // (`مستشفى دانبري`, `جامعة كارنيغي ميلون`). Without the tagger's agreement the cue keeps it:
    // ANERcorp leaves most ministries and agencies untagged, so the tagger rarely reads them.
    for org in finds.orgs {
        let range = token_range(words, &org.span);
        // A person of the tagger starting after the org's first name word ends the org
        // (`شركة تيسلا إيلون ماسك` → `شركة تيسلا`).
        let person_inside = meeting(&range)
            .iter()
            .find(|t| t.kind == NameType::Person && t.tokens.start >= range.start + 2 && t.tokens.start < range.end);
        match (overlapping(&range, &[NameType::Org]), person_inside) {
            (Some(t), _)
                if org.signal == Signal::Cue
                    && t.tokens.start > range.start
                    && t.tokens.end <= range.end
                    && readings(words.key(range.start)).iter().any(|(_, key)| org_type_words().contains(key)) =>
            {
                let span = words.bytes(t.tokens.clone(), 0);
                found.push((1, mention(words, span, EntityKind::Org, Signal::Cue, None, None)));
            }
            (_, Some(person)) if org.signal == Signal::Cue => {
                let skip = letters_skipped(words, &org.span, range.start);
                let span = words.bytes(range.start..person.tokens.start, skip);
                let generic = org.generic;
                found.push((1, Mention { generic, ..mention(words, span, EntityKind::Org, Signal::Cue, None, None) }));
            }
            _ => found.push((1, org)),
        }
    }
    for place in finds.places {
        let range = token_range(words, &place.span);
        let common_word =
            range.len() == 1 && place.signal == Signal::Gazetteer && is_common_word(words.key(range.start));
        // A place inside a longer person or organization of the tagger (`حسنية أكادير`, a
        // club; `جون بون جوفي`) is part of that name.
        let inside_longer = meeting(&range).iter().any(|t| {
            matches!(t.kind, NameType::Person | NameType::Org)
                && t.tokens.start <= range.start
                && range.end <= t.tokens.end
                && t.tokens.len() > range.len()
        });
        if inside_longer {
            continue;
        }
        if !common_word || overlapping(&range, &[NameType::Place, NameType::Org]).is_some() {
            found.push((2, place));
        }
    }
    for guess in finds.guesses {
        if overlapping(&token_range(words, &guess.span), &[NameType::Person]).is_some() {
            found.push((4, guess));
        }
    }
    for span in tagged {
        let kind = match span.kind {
            NameType::Person => EntityKind::Person,
            NameType::Place => EntityKind::Place,
            NameType::Org => EntityKind::Org,
            NameType::Misc => continue,
        };
        if !(span.tokens.clone()).all(|i| words.is_word(i) || words.tokens[i].kind == TokenKind::Latin) {
            continue;
        }
        // A word right after a figure is its unit or currency (`5000 روبية`), not a name.
        if span.tokens.start > 0 && words.tokens[span.tokens.start - 1].kind == TokenKind::Number {
            continue;
        }
        // Running a tagger person on over the rare words after it (`أليكسي` of `أليكسي نافالني`)
        // was tried: it lowered development F1 (0.753 → 0.746), so the tagger's end stands.
        let tokens = span.tokens.clone();
        let first = &words.tokens[tokens.start];
        let skip = proclitic_letters(&first.key, first.text, &text_keys);
        // A given name alone (`عمرو`, `أمين`) is the start of a name or a common word: which
        // person it is, the text says elsewhere.
        let bare = without_letters(&first.key, skip);
        if kind == EntityKind::Person && tokens.len() == 1 && is_given_name(&bare) {
            continue;
        }
        // Dropping one-word tagger names that are common words (`الجزيرة` the peninsula) was
        // tried: it lowered development F1 (0.753 → 0.751; ANERcorp tags the channel).

        let bytes = words.bytes(tokens.clone(), skip);
        let canonical = (kind != EntityKind::Person)
            .then(|| {
                Gazetteer::shipped().entry_keyed(&super::words_key(&words.text[bytes.clone()])).map(|e| e.name.clone())
            })
            .flatten();
        found.push((5, mention(words, bytes, kind, Signal::Tagger, None, canonical)));
    }
    for (_, mention) in &mut found {
        end_before_a_joined_word(words, mention, &text_keys);
    }
    let mut kept = resolve(found);
    for mention in &mut kept {
        through_hyphens(words, mention);
    }
    kept
}

/// A person or organization written on across a hyphen with no space (`تورنينغ-شميت`) takes
/// the words after it: the tokenizer ends a name at the hyphen.
fn through_hyphens(words: &Words<'_>, found: &mut Mention) {
    if found.kind == EntityKind::Place {
        return;
    }
    let mut end = found.span.end;
    let mut next = words.tokens.partition_point(|t| t.span.start < end);
    while let (Some(hyphen), Some(word)) = (words.tokens.get(next), words.tokens.get(next + 1)) {
        let joined = hyphen.span.start == end
            && matches!(hyphen.text, "-" | "\u{2010}" | "\u{2011}")
            && word.span.start == hyphen.span.end
            && word.kind == TokenKind::Arabic
            && share(&word.key) <= NAME_SHARE;
        if !joined {
            break;
        }
        end = word.span.end;
        next += 2;
    }
    if end != found.span.end {
        let generic = found.generic;
        let span = found.span.start..end;
        *found = Mention {
            generic,
            ..mention(words, span, found.kind, found.signal, found.role.take(), found.canonical.take())
        };
    }
}

/// A person or organization ends before a later word that opens with a conjunction or a
/// preposition joined to it, when that starts another phrase (`فرنانديز بفارق`, `سامسونغ
/// وهواوي`): for a person, `و`, `ب`, `ل` or `ف` before a common word or one the text also writes
/// alone; for an organization only `و` before a word without the article that the text also
/// writes alone (`وزارة الشؤون الاجتماعية والعمل` keeps its `والعمل`). Given names and name
/// particles (`وليد`, `بن`) and gazetteer words go on.
fn end_before_a_joined_word(words: &Words<'_>, found: &mut Mention, text_keys: &HashSet<&str>) {
    if found.kind == EntityKind::Place || found.canonical.is_some() {
        return;
    }
    let range = token_range(words, &found.span);
    let person = found.kind == EntityKind::Person;
    let joined = |i: usize| {
        let key = words.key(i);
        let Some(rest) = key.strip_prefix(if person { &['و', 'ب', 'ل', 'ف'][..] } else { &['و'][..] }) else {
            return false;
        };
        let listed = is_given_name(key) || is_particle(key) || Gazetteer::shipped().has_word(key);
        let long_enough = rest.chars().count() >= 3;
        let another_phrase = if person {
            share(rest) > NAME_SHARE || text_keys.contains(rest)
        } else {
            !rest.starts_with("ال") && text_keys.contains(rest)
        };
        !listed && long_enough && another_phrase
    };
    let Some(cut) = (range.start + 1..range.end).find(|&i| joined(i)) else { return };
    let skip = letters_skipped(words, &found.span, range.start);
    let span = words.bytes(range.start..cut, skip);
    let generic = found.generic;
    *found = Mention { generic, ..mention(words, span, found.kind, found.signal, found.role.take(), None) };
}

/// `key` without its first `letters` letters.
fn without_letters(key: &str, letters: usize) -> String {
    key.chars().skip(letters).collect()
}

/// Where a person the rules found after a role (tokens `range`) starts, given the start of the
/// tagger's person over it: later only over leading words with the article that are no given
/// name (`الموسيقي مارفين غاي`: a description the role reader took into the name).
fn person_start(words: &Words<'_>, range: &Range<usize>, tagger_start: usize, end: usize) -> usize {
    if tagger_start <= range.start || tagger_start >= end {
        return range.start;
    }
    let description = (range.start..tagger_start).all(|i| {
        let key = words.key(i);
        key.starts_with("ال") && !is_given_name(key)
    });
    if description {
        tagger_start
    } else {
        range.start
    }
}

/// Where a person the rules found after a role (tokens `range`) ends, given the end of the
/// tagger's person over it: further when the tagger reads more of the name (a family name),
/// and earlier only over words that are no name (`ماكرون قمة`, `نتنياهو مقترحا`): common words
/// or verbs of at least three letters, not given names, and not a family name with the article
/// after a given name (`عثمان الطيب`). The tagger, trained on older news, often stops inside
/// a modern name (`مون جاي إن`, `جاسيندا أرديرن`), so its end alone does not cut a name.
fn person_end(words: &Words<'_>, range: &Range<usize>, tagger: &Range<usize>) -> usize {
    let tagger_end = tagger.end;
    if tagger_end >= range.end {
        return tagger_end;
    }
    // Where the tagger read a whole name of two words or more inside the cue's, the words after
    // it are no name (`جو بايدن مرارا`, `بيب جوارديولا اعترف`) unless they are given names,
    // particles or a family name with the article (the guards below), or of two letters.
    // East Asian names of short syllables (`شي جين بينغ`, `مون جاي إن`) are the exception:
    // the tagger often stops before their last one.
    let syllables = range.clone().all(|i| words.key(i).chars().count() <= 4);
    let tagger_read_a_full_name = tagger.len() >= 2 && tagger.start >= range.start && !syllables;
    let mut end = range.end;
    while end > tagger_end.max(range.start + 1) {
        let key = words.key(end - 1);
        let family_name = key.starts_with("ال") && is_given_name(words.key(end - 2));
        let no_name = key.chars().count() >= 3
            && !is_given_name(key)
            && !is_particle(key)
            && !family_name
            && (tagger_read_a_full_name || share(key) > NAME_SHARE || looks_like_verb(key) || common_shape(key));
        if !no_name {
            break;
        }
        end -= 1;
    }
    end
}

/// The tokens a byte span touches.
fn token_range(words: &Words<'_>, span: &Range<usize>) -> Range<usize> {
    let start = words.tokens.partition_point(|t| t.span.end <= span.start);
    let end = words.tokens.partition_point(|t| t.span.start < span.end);
    start..end.max(start)
}

/// How many letters of token `token` a span starting inside it leaves out (a proclitic).
fn letters_skipped(words: &Words<'_>, span: &Range<usize>, token: usize) -> usize {
    let first = &words.tokens[token];
    first.text[..span.start.saturating_sub(first.span.start).min(first.text.len())]
        .chars()
        .filter(|c| c.is_alphabetic())
        .count()
}

/// A word that is mostly something else than a name: its stem is in more than 2% of the
/// background articles and it is no listed given name.
fn is_common_word(key: &str) -> bool {
    let background = Background::shipped();
    let share = f64::from(background.df(&stem(key))) / f64::from(background.documents().max(1));
    share > COMMON_SHARE && !is_given_name(key)
}

/// See [`is_common_word`].
const COMMON_SHARE: f64 = 0.02;

/// The letters of a proclitic (`و`, `ف`, `ب`, `ل`, `ك`, or two of them) at the start of a tagged
/// name, when the whole word is no listed name or gazetteer word and never `لل` (the article
/// stays, as the gazetteer keeps it). `و`, `ل` or `ب` goes when three letters or more are left
/// and the rest is the more common word in the background (`وريال` → `ريال`, `لجيمس` → `جيمس`;
/// `ويليام` stays; `ف` and `ك` start foreign names: `فان`, `كينغز`), or, for `و`, a hamza
/// follows it as written (`وأيوب` → `أيوب`). Any goes
/// when the text also writes the rest as a word of its own, or the rest is a given name or a
/// gazetteer word (`لماكرون` beside `ماكرون`).
fn proclitic_letters(key: &str, written: &str, text_keys: &HashSet<&str>) -> usize {
    let gazetteer = Gazetteer::shipped();
    if is_given_name(key) || gazetteer.has_word(key) || key.starts_with("لل") {
        return 0;
    }
    let background = Background::shipped();
    let df = |word: &str| background.df(&stem(word));
    // No name begins with `وأ`, `وإ`, `وآ`: the `و` there is the conjunction (`وأيوب`).
    let hamza_after_waw = written.chars().nth(1).is_some_and(|c| matches!(c, 'أ' | 'إ' | 'آ'));
    readings(key)
        .into_iter()
        .skip(1)
        .filter(|(skip, rest)| {
            let known = text_keys.contains(rest.as_str()) || is_given_name(rest) || gazetteer.has_word(rest);
            // The stemmer reads a proclitic off the rest too: compare only rests it keeps whole.
            let stems_whole = !rest.starts_with(['و', 'ف', 'ب', 'ل', 'ك', 'ا']);
            let more_common = df(key) < df(rest);
            let conjunction = *skip == 1
                && rest.chars().count() >= 3
                && if key.starts_with('و') {
                    hamza_after_waw || more_common
                } else {
                    key.starts_with(['ل', 'ب']) && stems_whole && more_common && df(rest) >= 5
                };
            known || conjunction
        })
        .map(|(skip, _)| skip)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::super::find_mentions;
    use super::*;

    fn names(text: &str) -> Vec<(EntityKind, String, Signal)> {
        find_mentions(text).into_iter().map(|m| (m.kind, m.name, m.signal)).collect()
    }

    #[test]
    fn a_person_after_a_role_ends_where_the_tagger_ends_it() {
        let found = names("وعقد الرئيس الفرنسي إيمانويل ماكرون قمة مع نظيره");
        assert!(found.contains(&(EntityKind::Person, "إيمانويل ماكرون".to_owned(), Signal::Cue)), "{found:?}");
    }

    #[test]
    fn a_word_after_a_full_name_the_tagger_read_is_no_name() {
        let found = names("وقال الرئيس الأمريكي جو بايدن مرارا إن الاتفاق سيئ.");
        assert!(found.contains(&(EntityKind::Person, "جو بايدن".to_owned(), Signal::Cue)), "{found:?}");
        let found = names("والتقى الرئيس الصيني شي جين بينغ بالوفد.");
        assert!(found.contains(&(EntityKind::Person, "شي جين بينغ".to_owned(), Signal::Cue)), "{found:?}");
    }

    #[test]
    fn a_name_ends_before_a_word_joined_to_a_preposition_or_conjunction() {
        let found = names("وفاز اللاعب الأرجنتيني دييغو فرنانديز بفارق كبير على منافسه.");
        assert!(found.contains(&(EntityKind::Person, "دييغو فرنانديز".to_owned(), Signal::Cue)), "{found:?}");
        let found = names("وأعلنت وزارة الشؤون الاجتماعية والعمل عن برنامج جديد.");
        assert!(found.iter().any(|(_, name, _)| name == "وزارة الشؤون الاجتماعية والعمل"), "{found:?}");
    }

    #[test]
    fn a_verb_after_a_role_is_no_person() {
        let found = names("وقالت الرئيسة ستستقيل من منصبها الشهر المقبل");
        assert!(found.iter().all(|(kind, _, _)| *kind != EntityKind::Person), "{found:?}");
    }

    #[test]
    fn names_without_a_cue_are_found_and_lose_their_proclitic() {
        let found = names("واستقبل جورج بوش وزير الخارجية في البيت الأبيض. وقال بوش إن اللقاء كان مثمرا.");
        assert!(found.contains(&(EntityKind::Person, "جورج بوش".to_owned(), Signal::Tagger)), "{found:?}");
    }

    #[test]
    fn a_name_runs_on_across_a_hyphen_and_a_given_name_alone_is_none() {
        let found = names("وتحدثت رئيسة الوزراء السابقة هيلي تورنينغ-شميت عن الأزمة. وشارك عمرو في البرنامج.");
        assert!(found.iter().any(|(_, name, _)| name == "هيلي تورنينغ-شميت"), "{found:?}");
        assert!(found.iter().all(|(_, name, _)| name != "عمرو"), "{found:?}");
    }

    #[test]
    fn a_proclitic_comes_off_a_name_more_common_without_it() {
        let found = names("وفاز المنتخب بهدف سجله لجيمس بوند في المباراة.");
        assert!(found.iter().any(|(_, name, _)| name == "جيمس بوند"), "{found:?}");
    }

    #[test]
    fn a_common_word_of_the_gazetteer_needs_the_tagger() {
        let found = names("وأكد أن الاجتماع سيعقد في إطار التعاون بين البلدين");
        assert!(found.iter().all(|(kind, _, _)| *kind != EntityKind::Place), "{found:?}");
    }

    #[test]
    fn proclitics_are_read_off_names_the_text_also_has_alone() {
        let keys: HashSet<&str> = ["ماكرون", "وماكرون"].into_iter().collect();
        assert_eq!(proclitic_letters("وماكرون", "وماكرون", &keys), 1);
        assert_eq!(proclitic_letters("ماكرون", "ماكرون", &keys), 0);
        assert_eq!(proclitic_letters("وليد", "وليد", &keys), 0);
        assert_eq!(proclitic_letters("للامم", "للأمم", &keys), 0);
        assert_eq!(proclitic_letters("وايوب", "وأيوب", &HashSet::new()), 1, "a conjunction before a rare name");
        assert_eq!(proclitic_letters("ويليام", "ويليام", &HashSet::new()), 0, "a name more common than its rest");
        assert_eq!(proclitic_letters("كوبرغ", "كوبرغ", &HashSet::new()), 0, "no other letter without the bare word");
    }
}
