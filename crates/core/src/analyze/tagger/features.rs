//! The tagger's features: what each token and its neighbours look like, hashed into buckets.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use marsad_arabic::stem::stem;
use marsad_arabic::tokenize::{KeyedToken, TokenKind};
use xxhash_rust::xxh3::xxh3_64;

use crate::analyze::entities::shape::{
    common_shape, head, is_given_name, is_name_stop, is_org_cue, is_particle, looks_like_verb, readings, share,
};
use crate::analyze::gazetteer::{Gazetteer, Kind, Occurrence};
use crate::analyze::lexicon::{royal_titles, saying_verbs};

/// What one token is, computed once per token; the features of a token combine its own with its
/// neighbours'.
#[derive(Debug, Clone)]
pub struct TokenInfo {
    /// The token as written.
    surface: String,
    /// Its match key (lowercased for Latin words).
    key: String,
    /// What the word is wherever it stands.
    word: Rc<WordInfo>,
    kind: TokenKind,
    /// Gazetteer mark: `None`, or (first token of the name, kind letter, nisba).
    gazetteer: Option<(bool, char, bool)>,
    /// The token starts a line.
    line_start: bool,
}

/// What a word (a match key) is, whatever its place: computed once per thread and kept.
#[derive(Debug, Default)]
struct WordInfo {
    /// The light stem of its match key.
    stem: String,
    /// The key without a proclitic (`وماكرون` → `ماكرون`) when a reading has one, else the key.
    bare: String,
    /// How common the word is in the background corpus: a small bucket number (0 = never seen).
    rarity: u8,
    /// Some reading of the word is a word of a gazetteer name.
    gazetteer_word: bool,
    /// Cue flags: role head, organization cue, given name, name particle, name stop, verb of
    /// saying, royal title, common word shape, verb-looking, nisba shape.
    flags: u16,
    /// The buckets of the features that depend on the word alone, under [`Hasher`] bits
    /// `buckets.0`: its own, and its features as the neighbour at each of [`NEIGHBOURS`].
    buckets: OnceCell<(u32, Vec<u32>, [Vec<u32>; 4])>,
}

/// How many words a thread keeps [`WordInfo`] for before it starts again (a few MB).
const CACHED_WORDS: usize = 200_000;

thread_local! {
    static WORDS: RefCell<HashMap<String, Rc<WordInfo>>> = RefCell::new(HashMap::new());
}

/// The [`WordInfo`] of an Arabic word's match key, from the thread's cache or computed.
fn word_info(key: &str) -> Rc<WordInfo> {
    WORDS.with(|cell| {
        if let Some(info) = cell.borrow().get(key) {
            return Rc::clone(info);
        }
        let info = Rc::new(analyse_word(key));
        let mut words = cell.borrow_mut();
        if words.len() >= CACHED_WORDS {
            words.clear();
        }
        words.insert(key.to_owned(), Rc::clone(&info));
        info
    })
}

/// Computes what an Arabic word is (see [`WordInfo`]).
fn analyse_word(key: &str) -> WordInfo {
    let gazetteer = Gazetteer::shipped();
    let all_readings = readings(key);
    let any = |test: &dyn Fn(&str) -> bool| all_readings.iter().any(|(_, k)| test(k));
    let mut flags = 0;
    let mut set = |flag: u16, on: bool| {
        if on {
            flags |= flag;
        }
    };
    set(HEAD, any(&|k| head(k).is_some()));
    set(ORG_CUE, any(&|k| is_org_cue(k)));
    set(GIVEN, any(&is_given_name));
    set(PARTICLE, is_particle(key));
    set(STOP, is_name_stop(key));
    set(SAYING, any(&|k| saying_verbs().contains(k)));
    set(ROYAL, any(&|k| royal_titles().contains(k)));
    set(COMMON_SHAPE, common_shape(key));
    set(VERB_LIKE, looks_like_verb(key));
    set(NISBA_SHAPE, any(&|k| k.starts_with("ال") && (k.ends_with('ي') || k.ends_with("يه"))));
    let share = share(key);
    let rarity = RARITY_BOUNDS.iter().position(|&bound| share <= bound).unwrap_or(RARITY_BOUNDS.len()) as u8;
    let bare = all_readings.iter().skip(1).map(|(_, k)| k.clone()).next().unwrap_or_else(|| key.to_owned());
    WordInfo {
        stem: stem(key),
        bare,
        rarity,
        gazetteer_word: any(&|k| gazetteer.has_word(k)),
        flags,
        buckets: OnceCell::new(),
    }
}

const HEAD: u16 = 1;
const ORG_CUE: u16 = 1 << 1;
const GIVEN: u16 = 1 << 2;
const PARTICLE: u16 = 1 << 3;
const STOP: u16 = 1 << 4;
const SAYING: u16 = 1 << 5;
const ROYAL: u16 = 1 << 6;
const COMMON_SHAPE: u16 = 1 << 7;
const VERB_LIKE: u16 = 1 << 8;
const NISBA_SHAPE: u16 = 1 << 9;
const FLAG_NAMES: [(u16, &str); 10] = [
    (HEAD, "head"),
    (ORG_CUE, "org"),
    (GIVEN, "given"),
    (PARTICLE, "particle"),
    (STOP, "stop"),
    (SAYING, "saying"),
    (ROYAL, "royal"),
    (COMMON_SHAPE, "shape"),
    (VERB_LIKE, "verb"),
    (NISBA_SHAPE, "nisba"),
];

/// The background share buckets (upper bounds) of [`TokenInfo::rarity`].
const RARITY_BOUNDS: [f64; 7] = [0.0, 0.0005, 0.002, 0.006, 0.015, 0.04, 0.1];

/// Computes every token's [`TokenInfo`]; `places` are the text's gazetteer occurrences with the
/// token ranges they cover.
pub fn token_infos(text: &str, tokens: &[KeyedToken<'_>], places: &[(Range<usize>, Occurrence<'_>)]) -> Vec<TokenInfo> {
    let mut marks: Vec<Option<(bool, char, bool)>> = vec![None; tokens.len()];
    for (range, occurrence) in places {
        let letter = match occurrence.entry.kind {
            Kind::Org => 'o',
            Kind::Country => 'c',
            _ => 'p',
        };
        for i in range.clone() {
            if let Some(mark) = marks.get_mut(i) {
                *mark = Some((i == range.start, letter, occurrence.nisba));
            }
        }
    }
    tokens
        .iter()
        .enumerate()
        .map(|(i, token)| {
            let line_start = i == 0 || text[tokens[i - 1].span.end..token.span.start].contains('\n');
            let (key, word) = if token.kind == TokenKind::Arabic {
                (token.key.clone(), word_info(&token.key))
            } else {
                let key = token.key.to_lowercase();
                let word = Rc::new(WordInfo { bare: key.clone(), ..WordInfo::default() });
                (key, word)
            };
            let gazetteer = if token.kind == TokenKind::Arabic { marks[i] } else { None };
            TokenInfo { surface: token.text.to_owned(), key, word, kind: token.kind, gazetteer, line_start }
        })
        .collect()
}

/// Hashes feature strings into `bits`-bit bucket numbers.
pub struct Hasher {
    bits: u32,
    mask: u64,
}

impl Hasher {
    pub fn new(bits: u32) -> Hasher {
        Hasher { bits, mask: (1u64 << bits) - 1 }
    }
}

/// Writes a token's feature buckets: each feature is its template's bytes, a 0x1f separator
/// and its value's bytes, hashed (xxh3) and masked; built in one reused buffer, without
/// allocating per feature.
struct Writer<'h, 'o> {
    hasher: &'h Hasher,
    bytes: Vec<u8>,
    out: &'o mut Vec<u32>,
}

impl Writer<'_, '_> {
    fn add(&mut self, template: &[&str], value: &[&[u8]]) {
        self.bytes.clear();
        for part in template {
            self.bytes.extend_from_slice(part.as_bytes());
        }
        self.bytes.push(0x1f);
        for part in value {
            self.bytes.extend_from_slice(part);
        }
        self.out.push((xxh3_64(&self.bytes) & self.hasher.mask) as u32);
    }

    fn add_str(&mut self, template: &[&str], value: &str) {
        self.add(template, &[value.as_bytes()]);
    }
}

/// The offsets of the neighbours a token's features look at, and how they are written.
const NEIGHBOURS: [(isize, &str); 4] = [(-2, "-2"), (-1, "-1"), (1, "1"), (2, "2")];

/// A small number's decimal digits, without allocating.
fn digits(value: usize, buffer: &mut [u8; 20]) -> &[u8] {
    let mut at = buffer.len();
    let mut rest = value;
    loop {
        at -= 1;
        buffer[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    &buffer[at..]
}

/// The first and last `n` letters (1 to 3) of a word, as byte slices.
fn affixes(word: &str) -> impl Iterator<Item = (&str, &str)> {
    let starts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    let letters = starts.len();
    (1..=3.min(letters)).map(move |n| {
        let prefix_end = starts.get(n).copied().unwrap_or(word.len());
        (&word[..prefix_end], &word[starts[letters - n]..])
    })
}

/// The features of a word (its key `key`) that depend on nothing else.
fn own_features(w: &mut Writer<'_, '_>, key: &str, word: &WordInfo) {
    let mut number = [0u8; 20];
    w.add_str(&["s"], &word.stem);
    w.add_str(&["b"], &word.bare);
    let letters = key.chars().count();
    for (prefix, suffix) in affixes(key) {
        w.add_str(&["p"], prefix);
        w.add_str(&["x"], suffix);
    }
    if word.bare.chars().count() != letters {
        for (prefix, suffix) in affixes(&word.bare) {
            w.add_str(&["bp"], prefix);
            w.add_str(&["bx"], suffix);
        }
    }
    w.add(&["len"], &[digits(letters.min(8), &mut number)]);
    w.add(&["r"], &[digits(usize::from(word.rarity), &mut number)]);
    for (flag, name) in FLAG_NAMES {
        if word.flags & flag != 0 {
            w.add_str(&["f"], name);
        }
    }
    if word.gazetteer_word {
        w.add_str(&["gw"], "");
    }
}

/// The features a word (its key `key`) gives the token `offset` away from it.
fn neighbour_features(w: &mut Writer<'_, '_>, key: &str, word: &WordInfo, offset: isize, written: &str) {
    let mut number = [0u8; 20];
    w.add_str(&["k", written], key);
    w.add(&["r", written], &[digits(usize::from(word.rarity), &mut number)]);
    for (flag, name) in FLAG_NAMES {
        if word.flags & flag != 0 {
            w.add_str(&["f", written], name);
        }
    }
    if offset.abs() == 1 {
        w.add_str(&["s", written], &word.stem);
        w.add_str(&["b", written], &word.bare);
    }
}

/// The word-only buckets of a token, computed once per word and hasher.
fn word_buckets<'t>(hasher: &Hasher, token: &'t TokenInfo) -> &'t (u32, Vec<u32>, [Vec<u32>; 4]) {
    let compute = || {
        let mut own = Vec::new();
        own_features(&mut Writer { hasher, bytes: Vec::new(), out: &mut own }, &token.key, &token.word);
        let neighbours = NEIGHBOURS.map(|(offset, written)| {
            let mut out = Vec::new();
            neighbour_features(
                &mut Writer { hasher, bytes: Vec::new(), out: &mut out },
                &token.key,
                &token.word,
                offset,
                written,
            );
            out
        });
        (hasher.bits, own, neighbours)
    };
    let cached = token.word.buckets.get_or_init(compute);
    cached
}

/// The feature buckets of token `i` of a sentence (`infos` is the sentence's tokens), written
/// into `out` (cleared first).
pub fn features(hasher: &Hasher, infos: &[TokenInfo], i: usize, out: &mut Vec<u32>) {
    out.clear();
    let token = &infos[i];
    let at = |offset: isize| -> Option<&TokenInfo> {
        let j = i as isize + offset;
        (j >= 0).then(|| infos.get(j as usize)).flatten()
    };
    let own_buckets =
        if hasher.bits == word_buckets(hasher, token).0 { Some(word_buckets(hasher, token)) } else { None };
    let mut w = Writer { hasher, bytes: Vec::with_capacity(64), out };
    let mut number = [0u8; 20];
    let mut number2 = [0u8; 20];
    w.add_str(&["bias"], "");
    w.add_str(&["w"], &token.surface);
    w.add_str(&["k"], &token.key);
    w.add_str(&["kind"], kind_name(token.kind));
    match own_buckets {
        Some((_, own, _)) => w.out.extend_from_slice(own),
        None => own_features(&mut w, &token.key, &token.word),
    }
    match token.gazetteer {
        Some((first, letter, nisba)) => {
            let mut letter_bytes = [0u8; 4];
            let position: &[u8] = if first { b"B" } else { b"I" };
            let nisba: &[u8] = if nisba { b"1" } else { b"0" };
            w.add(&["g"], &[position, letter.encode_utf8(&mut letter_bytes).as_bytes(), nisba]);
        }
        None => w.add_str(&["g"], "-"),
    }
    w.add(&["pos"], &[digits(i.min(3), &mut number)]);
    if token.line_start {
        w.add_str(&["line"], "");
    }
    if i + 1 == infos.len() {
        w.add_str(&["last"], "");
    }
    for (slot, (offset, written)) in NEIGHBOURS.into_iter().enumerate() {
        let Some(other) = at(offset) else {
            w.add_str(&["k", written], "<edge>");
            continue;
        };
        match Some(word_buckets(hasher, other)).filter(|cached| cached.0 == hasher.bits) {
            Some((_, _, neighbours)) => w.out.extend_from_slice(&neighbours[slot]),
            None => neighbour_features(&mut w, &other.key, &other.word, offset, written),
        }
        if offset.abs() == 1 {
            w.add_str(&["kind", written], kind_name(other.kind));
            let mark = other.gazetteer.map_or('-', |(_, letter, _)| letter);
            let mut mark_bytes = [0u8; 4];
            w.add_str(&["g", written], mark.encode_utf8(&mut mark_bytes));
        }
    }
    // Pairs: rarity with the flags and rarity of the neighbours, the word before with this
    // word's shape, and this word with the next.
    let rarity_of = |offset: isize| at(offset).map_or(9, |t| usize::from(t.word.rarity));
    let flags_of = |offset: isize| at(offset).map_or(0, |t| usize::from(t.word.flags));
    let rarity = usize::from(token.word.rarity);
    let mut number3 = [0u8; 20];
    w.add(
        &["r-1|r|r+1"],
        &[
            digits(rarity_of(-1), &mut number),
            b"|",
            digits(rarity, &mut number2),
            b"|",
            digits(rarity_of(1), &mut number3),
        ],
    );
    w.add(&["f-1|r"], &[digits(flags_of(-1), &mut number), b"|", digits(rarity, &mut number2)]);
    w.add(&["r|f+1"], &[digits(rarity, &mut number), b"|", digits(flags_of(1), &mut number2)]);
    w.add_str(&["s-2"], at(-2).map_or("<edge>", |t| t.word.stem.as_str()));
    w.add_str(&["s+2"], at(2).map_or("<edge>", |t| t.word.stem.as_str()));
    let previous = at(-1).map_or("<edge>", |t| t.key.as_str());
    w.add(&["k-1|r"], &[previous.as_bytes(), b"|", digits(rarity, &mut number)]);
    w.add(&["k-1|k"], &[previous.as_bytes(), b"|", token.key.as_bytes()]);
    let next = at(1).map_or("<edge>", |t| t.key.as_str());
    w.add(&["k|k+1"], &[token.key.as_bytes(), b"|", next.as_bytes()]);
}

fn kind_name(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Arabic => "ar",
        TokenKind::Latin => "latin",
        TokenKind::Number => "num",
        TokenKind::Punct => "punct",
    }
}
