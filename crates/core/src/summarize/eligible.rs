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
    match words.next().map(|t| t.text) {
        Some("ان" | "قايلا" | "قايله" | ":" | "\"") => true,
        // `وقال في مؤتمر صحفي:`: a place or time before any speaker.
        Some(word) => SPEAKER_NEVER_FOLLOWS.contains(&word),
        None => false,
    }
}

/// Words (match-key form) a reporting verb is never followed by before its speaker is named.
const SPEAKER_NEVER_FOLLOWS: [&str; 12] =
    ["في", "خلال", "امام", "عبر", "على", "لدى", "من", "عقب", "بعد", "اثناء", "ايضا", "كذلك"];

/// Demonstratives (match-key form) that point back to what another sentence named.
const DEMONSTRATIVES: [&str; 6] = ["هذا", "هذه", "ذلك", "تلك", "هولاء", "اوليك"];

/// Verbs (match-key form) that open `جاء ذلك…` ("that came…") and its kin.
const COMES_AFTER: [&str; 4] = ["جاء", "جاءت", "ياتي", "تاتي"];

/// True when `key` (match-key form) opens with a demonstrative before a definite noun
/// (`تلك الشكوى`, `وهذا البلد`) or with `جاء ذلك`: what it is about is named in another
/// sentence.
fn referent_elsewhere(key: &str) -> bool {
    let mut words = key.split_whitespace();
    let Some(first) = words.next() else { return false };
    let first = if DEMONSTRATIVES.contains(&first) { first } else { first.strip_prefix(['و', 'ف']).unwrap_or(first) };
    let Some(next) = words.next() else { return false };
    if COMES_AFTER.contains(&first) {
        // `جاء ذلك في تصريحات…`, `يأتي ذلك بعد…`: what came is in the sentence before.
        return DEMONSTRATIVES.contains(&next);
    }
    // `هذه المرة الأولى التي…` ("this is the first time that…") says itself what it is about.
    DEMONSTRATIVES.contains(&first) && next.starts_with("ال") && next != "المره"
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
    if referent_elsewhere(&key) {
        return Some("what it is about is named in another sentence");
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
            unfit("وقال في مؤتمر صحفي إن الوزارة ستعلن نتائج التحقيق قريبا"),
            Some("its speaker is named in another sentence")
        );
        assert_eq!(unfit("وقال وزير الصحة في مؤتمر صحفي إن الوزارة ستعلن النتائج قريبا."), None);
        assert_eq!(
            unfit("وقدمت الإمارات تلك الشكوى بعد اعتراض طائراتها المدنية مرتين."),
            None,
            "a demonstrative inside the sentence is not its opener"
        );
        for opener in
            ["وتلك الشكوى هي الثانية التي تقدمها الدولة هذا العام.", "هذا البلد الشيوعي يحتل المرتبة الأولى عالميا."]
        {
            assert_eq!(unfit(opener), Some("what it is about is named in another sentence"), "{opener}");
        }
        for opener in [
            "جاء ذلك في تصريحات للرئيس خلال زيارته إلى ولاية أوهايو.",
            "ويأتي ذلك بعد ساعات من هجوم استهدف فريقا طبيا في المحافظة.",
        ] {
            assert_eq!(unfit(opener), Some("what it is about is named in another sentence"), "{opener}");
        }
        assert_eq!(unfit("وهذه المرة الأولى التي تفوز فيها إسرائيل بالمسابقة منذ عشرين عاما."), None);
        assert_eq!(
            unfit("إيران تصف رئيس الوزراء الإسرائيلي بالكاذب في رد على خطابه"),
            Some("a headline line (a related-story link)")
        );
        assert_eq!(unfit("تابعونا على حساب الصحيفة لمعرفة آخر الأخبار العاجلة من المنطقة"), Some("boilerplate"));
    }
}
