//! Which sentences may stand in a summary: whole news sentences of six words or more, not web
//! furniture, not a quotation cut off by the sentence splitter, not a line that introduces
//! what follows.

use std::sync::OnceLock;

use marsad_arabic::match_key;
use marsad_arabic::normalize::is_quote_mark;
use marsad_arabic::tokenize::{tokenize, TokenKind};

/// Fewer words than this is a fragment, a caption or a byline.
pub const MIN_WORDS: usize = 6;
/// A line this short without a closing stop, not opening with و or ف (which go on from the
/// sentence before), is a headline: a link to a related story.
pub const HEADLINE_WORDS: usize = 14;
/// More words than this is a paragraph the splitter could not cut: too long to cite.
pub const MAX_WORDS: usize = 70;

const BOILERPLATE: &str = include_str!("../../data/summary_boilerplate.txt");
const SPEAKERLESS: &str = include_str!("../../data/summary_speakerless.txt");

/// The entries of a one-a-line list, in match-key form, without comments.
fn entries(list: &str) -> Vec<String> {
    list.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).map(match_key).collect()
}

/// The boilerplate phrases, in match-key form.
fn boilerplate_phrases() -> &'static [String] {
    static PHRASES: OnceLock<Vec<String>> = OnceLock::new();
    PHRASES.get_or_init(|| entries(BOILERPLATE))
}

/// True when `key` (match-key form) opens with a reporting verb and goes straight on to what
/// was said: its speaker is in another sentence.
fn speaker_elsewhere(key: &str) -> bool {
    static VERBS: OnceLock<Vec<String>> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| entries(SPEAKERLESS));
    let tokens = tokenize(key);
    let mut words = tokens.iter().filter(|t| t.kind != TokenKind::Punct || t.text == ":" || t.text == "\"");
    let Some(first) = words.next() else { return false };
    let verb = first
        .text
        .strip_prefix(['و', 'ف'])
        .filter(|v| verbs.iter().any(|e| e == v))
        .or_else(|| verbs.iter().any(|e| e == first.text).then_some(first.text));
    if verb.is_none() {
        return false;
    }
    matches!(words.next().map(|t| t.text), Some("ان" | "قايلا" | "قايله" | ":" | "\""))
}

/// The number of words (Arabic or Latin) in `sentence`.
pub fn word_count(sentence: &str) -> usize {
    tokenize(sentence).iter().filter(|t| t.is_word()).count()
}

/// Why `sentence` may not be chosen, or `None` when it may.
pub fn unfit(sentence: &str) -> Option<&'static str> {
    let words = word_count(sentence);
    if words < MIN_WORDS {
        return Some("fewer than six words");
    }
    if words > MAX_WORDS {
        return Some("too long to cite");
    }
    let key = match_key(sentence);
    if key.contains("http") || key.contains("www.") || key.contains('@') {
        return Some("a link or an address");
    }
    if boilerplate_phrases().iter().any(|phrase| key.contains(phrase.as_str())) {
        return Some("boilerplate");
    }
    if sentence.chars().filter(|&c| is_quote_mark(c)).count() % 2 == 1 {
        return Some("a quotation cut mid-sentence");
    }
    if speaker_elsewhere(&key) {
        return Some("its speaker is named in another sentence");
    }
    let trimmed = sentence.trim_end();
    if trimmed.ends_with([':', '،', ',', '-', '—']) {
        return Some("it introduces what follows");
    }
    let continues = key.starts_with(['و', 'ف']);
    if words <= HEADLINE_WORDS && !continues && !trimmed.ends_with(['.', '!', '?', '؟', '"', '»', '”', ')']) {
        return Some("a headline line (a related-story link)");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_news_sentence_may_be_chosen() {
        assert_eq!(unfit("أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية."), None);
    }

    #[test]
    fn fragments_furniture_and_cut_quotes_are_not() {
        assert_eq!(unfit("وأضاف الوزير."), Some("fewer than six words"));
        assert_eq!(unfit("اقرأ أيضاً: الوزير يفتتح ثلاثة مستشفيات جديدة في المنطقة"), Some("boilerplate"));
        assert_eq!(
            unfit("وقال الوزير \"إن المستشفيات الثلاثة ستفتح أبوابها قريبا للمرضى"),
            Some("a quotation cut mid-sentence")
        );
        assert_eq!(unfit("وقال الوزير في بيان صدر عن الوزارة مساء اليوم ما يلي:"), Some("it introduces what follows"));
        assert_eq!(
            unfit("وأضاف أن الوزارة ستعلن نتائج التحقيق خلال الأيام المقبلة"),
            Some("its speaker is named in another sentence")
        );
        assert_eq!(
            unfit("وتابع قائلا إن المستشفيات الثلاثة ستفتح أبوابها قريبا"),
            Some("its speaker is named in another sentence")
        );
        assert_eq!(unfit("وأضاف الوزير أن الوزارة ستعلن نتائج التحقيق خلال الأيام المقبلة"), None);
        assert_eq!(
            unfit("إيران تصف رئيس الوزراء الإسرائيلي بالكاذب في رد على خطابه"),
            Some("a headline line (a related-story link)")
        );
        assert_eq!(unfit("تابعونا على حساب الصحيفة لمعرفة آخر الأخبار العاجلة من المنطقة"), Some("boilerplate"));
    }
}
