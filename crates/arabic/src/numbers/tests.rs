//! Tests of number reading: number words, digits, figures and their qualifiers.

use super::*;

#[test]
fn lexicons_are_in_match_key_form() {
    let words = UNITS
        .iter()
        .chain(&TEEN_UNITS)
        .chain(&TENS)
        .chain(&HUNDRED_STEMS)
        .map(|(w, _)| *w)
        .chain(HUNDRED_WORDS)
        .chain(TWO_HUNDREDS)
        .chain(MULTIPLIERS.iter().map(|(w, _, _)| *w))
        .chain(NOT_FIGURE_AFTER)
        .chain(YEAR_WORDS)
        .chain(QUALIFIERS_BEFORE.iter().flat_map(|(pattern, _)| pattern.iter().copied()));
    for word in words {
        assert_eq!(crate::match_key(word), word);
    }
}

#[test]
fn more_phrases_and_qualifiers() {
    let cases: &[(&str, f64)] = &[
        ("ثلاثة آلاف وخمسمائة", 3_500.0),
        ("مئة وخمسة وعشرون ألفا", 125_000.0),
        ("ألفي", 2_000.0),
        ("31.2 تريليون", 31.2e12),
        ("مليون و300 ألف", 1_300_000.0),
        ("مليون و 68 ألف", 1_068_000.0),
        ("مليونين و 368 ألف", 2_368_000.0),
        ("7ر59 مليون", 59_700_000.0),
        ("4.1 مليون", 4_100_000.0),
        ("5ر2", 2.5),
    ];
    for &(phrase, want) in cases {
        assert_eq!(parse_number_phrase(phrase), Some(want), "phrase {phrase}");
    }
    for text in ["يقدر بحوالي 30-40 مليون برميل", "تضبط «34» مليون وحدة"] {
        assert!(find_figures(text).iter().all(|f| f.value != 1e6), "{text}: a lone million after digits");
    }
    for phrase in ["أحد", "كتاب", "عشرة كتب", "5 و 10", "ر5", "5ر"] {
        assert_eq!(parse_number_phrase(phrase), None, "phrase {phrase}");
    }
    use Qualifier::*;
    check_figures(&[
        ("ما يزيد على ألفي نازح", 2_000.0, MoreThan, "ما يزيد على ألفي", "ألفي"),
        ("نحو 20 ألفا تقريبا", 20_000.0, About, "نحو 20 ألفا", "20 ألفا"),
        ("50 تقريبا", 50.0, About, "50 تقريبا", "50"),
        ("أقل من 5 في المئة", 5.0, LessThan, "أقل من 5 في المئة", "5"),
        ("اتفاقية دفاع لعام 2024 بقيمة 3 مليارات", 3e9, Exact, "3 مليارات", "3 مليارات"),
        ("حمولات بلغت نحو مليون و 68 ألف طن", 1_068_000.0, About, "نحو مليون و 68 ألف", "مليون و 68 ألف"),
    ]);
}

#[test]
fn parses_number_word_phrases() {
    let cases: &[(&str, f64)] = &[
        ("عشرة آلاف", 10_000.0),
        ("عشرة الاف", 10_000.0),
        ("خمسة عشر ألفا", 15_000.0),
        ("خمسة عشر ألفاً", 15_000.0),
        ("مئة ألف", 100_000.0),
        ("مائة ألف", 100_000.0),
        ("ألفين", 2_000.0),
        ("ألفان", 2_000.0),
        ("ألفي", 2_000.0),
        ("ألف", 1_000.0),
        ("مليون ونصف", 1_500_000.0),
        ("ثلاثة ملايين", 3_000_000.0),
        ("مليونين", 2_000_000.0),
        ("مليار", 1e9),
        ("ثلاثمئة", 300.0),
        ("ثلاثمائة", 300.0),
        ("ثلاث مئة", 300.0),
        ("ثلاث مائة", 300.0),
        ("ثلثمائة", 300.0),
        ("مئتين", 200.0),
        ("مائتي", 200.0),
        ("مئتان", 200.0),
        ("خمسة وعشرون", 25.0),
        ("خمس وعشرين", 25.0),
        ("إحدى عشرة", 11.0),
        ("احدى عشره", 11.0),
        ("أحد عشر", 11.0),
        ("اثنا عشر", 12.0),
        ("اثني عشر", 12.0),
        ("اثنتا عشرة", 12.0),
        ("ستون", 60.0),
        ("ستين", 60.0),
        ("ألف وخمسمائة", 1_500.0),
        ("نصف مليون", 500_000.0),
        ("ربع مليون", 250_000.0),
        ("ثلاث", 3.0),
        ("ثلاثة", 3.0),
        ("ثمان", 8.0),
        ("ثماني", 8.0),
        ("ثمانية", 8.0),
        ("ثمانى", 8.0),
        ("عشرون", 20.0),
        ("عشرين", 20.0),
        ("عشر", 10.0),
        ("اثنان", 2.0),
        ("واحد وعشرون", 21.0),
        ("مئة وخمسة وعشرون", 125.0),
        ("ألف وتسعمائة وتسعة وتسعون", 1_999.0),
        ("مئة وخمسون ألفا", 150_000.0),
        ("ثلاثة ملايين وخمسمائة ألف", 3_500_000.0),
        ("مليونين و500 ألف", 2_500_000.0),
        ("ثلاثة عشر مليونا", 13_000_000.0),
        ("مليار ومئتا مليون", 1_200_000_000.0),
        ("بعشرة", 10.0),
        ("لعشرة", 10.0),
        ("وعشرون", 20.0),
    ];
    for &(phrase, want) in cases {
        assert_eq!(parse_number_phrase(phrase), Some(want), "phrase {phrase}");
    }
}

#[test]
fn parses_digit_phrases() {
    let cases: &[(&str, f64)] = &[
        ("10 آلاف", 10_000.0),
        ("15 ألف", 15_000.0),
        ("2.5 مليون", 2_500_000.0),
        ("١٢٫٥ مليار", 12_500_000_000.0),
        ("1,500", 1_500.0),
        ("12.5", 12.5),
        ("١٠٬٠٠٠", 10_000.0),
        ("بـ600", 600.0),
        ("1,234.5", 1_234.5),
        ("1.500.000", 1_500_000.0),
        ("2,5 مليون", 2_500_000.0),
        ("0.5", 0.5),
        ("0", 0.0),
        ("۱۲۳", 123.0),
    ];
    for &(phrase, want) in cases {
        assert_eq!(parse_number_phrase(phrase), Some(want), "phrase {phrase}");
    }
}

#[test]
fn rejects_phrases_that_are_not_numbers() {
    for phrase in [
        "",
        "آلاف",
        "الآلاف",
        "عشرات",
        "مئات",
        "ملايين",
        "مليارات",
        "واحد",
        "إحدى",
        "اثنا",
        "نصف",
        "ربع",
        "الثالث",
        "الأول",
        "خمسة رجال",
        "ثلاثة وأربعة",
        "عشرون وخمسة",
        "مليون مليار",
        "لست",
        "05",
        "0501234567",
        "1,50,0",
        "12:30",
        "F16",
        "خمسة عشر عشرون",
        "ميتا",
    ] {
        assert_eq!(parse_number_phrase(phrase), None, "phrase {phrase:?}");
    }
}

/// (text, value, qualifier, span text, number text).
fn check_figures(cases: &[(&str, f64, Qualifier, &str, &str)]) {
    for &(text, value, qualifier, span, number) in cases {
        let found = find_figures(text);
        assert_eq!(found.len(), 1, "text {text}: {found:?}");
        let figure = &found[0];
        assert_eq!(figure.value, value, "text {text}");
        assert_eq!(figure.qualifier, qualifier, "text {text}");
        assert_eq!(&text[figure.span.clone()], span, "text {text}");
        assert_eq!(&text[figure.number_span.clone()], number, "text {text}");
    }
}

#[test]
fn finds_figures_with_qualifiers_before() {
    use Qualifier::*;
    check_figures(&[
        ("قتل نحو 10 آلاف شخص", 10_000.0, About, "نحو 10 آلاف", "10 آلاف"),
        ("نزح حوالي مئة ألف", 100_000.0, About, "حوالي مئة ألف", "مئة ألف"),
        ("نزح حوالى 500 شخص", 500.0, About, "حوالى 500", "500"),
        ("وصل قرابة ألفين", 2_000.0, About, "قرابة ألفين", "ألفين"),
        ("شارك زهاء خمسين", 50.0, About, "زهاء خمسين", "خمسين"),
        ("بلغ ما يقارب 3 ملايين", 3_000_000.0, About, "ما يقارب 3 ملايين", "3 ملايين"),
        ("بما يناهز 40", 40.0, About, "ما يناهز 40", "40"),
        ("قتل ما لا يقل عن 30 شخصا", 30.0, AtLeast, "ما لا يقل عن 30", "30"),
        ("قتل لا يقل عن 30", 30.0, AtLeast, "لا يقل عن 30", "30"),
        ("على الأقل 12 قتيلا", 12.0, AtLeast, "على الأقل 12", "12"),
        ("أصيب أكثر من 200", 200.0, MoreThan, "أكثر من 200", "200"),
        ("فر بأكثر من ألف", 1_000.0, MoreThan, "أكثر من ألف", "ألف"),
        ("ما يزيد على مليون", 1e6, MoreThan, "ما يزيد على مليون", "مليون"),
        ("ما يزيد عن 5", 5.0, MoreThan, "ما يزيد عن 5", "5"),
        ("عدد يزيد على 70", 70.0, MoreThan, "يزيد على 70", "70"),
        ("ما يربو على 90", 90.0, MoreThan, "ما يربو على 90", "90"),
        ("أزيد من 15 ألف", 15_000.0, MoreThan, "أزيد من 15 ألف", "15 ألف"),
        ("عدد يفوق 300", 300.0, MoreThan, "يفوق 300", "300"),
        ("أقل من 20", 20.0, LessThan, "أقل من 20", "20"),
        ("الأطفال ما دون 18 عاما", 18.0, LessThan, "ما دون 18", "18"),
        ("عدد لا يزيد على 50", 50.0, LessThan, "لا يزيد على 50", "50"),
        ("وصل 600 شخص", 600.0, Exact, "600", "600"),
    ]);
}

#[test]
fn finds_figures_with_qualifiers_after() {
    use Qualifier::*;
    check_figures(&[
        ("قتل 600 شخص على الأقل", 600.0, AtLeast, "600 شخص على الأقل", "600"),
        ("قتل 600 على الأقل", 600.0, AtLeast, "600 على الأقل", "600"),
        ("نزح 10 آلاف شخص تقريبا", 10_000.0, About, "10 آلاف شخص تقريبا", "10 آلاف"),
        ("نزح عشرة آلاف تقريبا", 10_000.0, About, "عشرة آلاف تقريبا", "عشرة آلاف"),
        // A comma ends the clause: the qualifier belongs to something else.
        ("قتل 600 شخص، على الأقل في البداية", 600.0, Exact, "600", "600"),
    ]);
}

#[test]
fn finds_percentages() {
    let cases: &[(&str, f64, &str)] = &[
        ("ارتفع بنسبة 15%", 15.0, "15%"),
        ("ارتفع بنسبة 15 %", 15.0, "15 %"),
        ("ارتفع بنسبة ١٥٪", 15.0, "١٥٪"),
        ("ارتفع بنسبة %15", 15.0, "%15"),
        ("ارتفع بنسبة 2.5 في المئة", 2.5, "2.5 في المئة"),
        ("ارتفع بنسبة 30 بالمائة", 30.0, "30 بالمائة"),
        ("تراجع نحو 3 في المائة", 3.0, "نحو 3 في المائة"),
    ];
    for &(text, value, span) in cases {
        let found = find_figures(text);
        assert_eq!(found.len(), 1, "text {text}: {found:?}");
        assert_eq!(found[0].value, value, "text {text}");
        assert!(found[0].is_percent, "text {text}");
        assert_eq!(&text[found[0].span.clone()], span, "text {text}");
    }
    assert!(!find_figures("قتل 15 شخصا")[0].is_percent);
    // "في المئة" alone is not a figure of 100.
    assert!(find_figures("نسبة كبيرة في المئة").is_empty());
}

#[test]
fn spans_are_byte_ranges_of_the_original_text() {
    let text = "وقُتِلَ نَحوَ عَشَرةِ آلافٍ";
    let found = find_figures(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].value, 10_000.0);
    assert_eq!(&text[found[0].span.clone()], "نَحوَ عَشَرةِ آلافٍ");
    assert_eq!(&text[found[0].number_span.clone()], "عَشَرةِ آلافٍ");

    let text = "بيع بـ600 دولار";
    let found = find_figures(text);
    assert_eq!(&text[found[0].number_span.clone()], "600");
    let text = "بعشرة دولارات";
    let found = find_figures(text);
    assert_eq!((found[0].value, &text[found[0].number_span.clone()]), (10.0, "عشرة"));
}

#[test]
fn finds_several_figures_in_order() {
    let text = "قتل 5 أشخاص وأصيب 20 آخرون، ونزح نحو مليون ونصف، وخسر 10 و20 دولارا.";
    let values: Vec<(f64, Qualifier)> = find_figures(text).iter().map(|f| (f.value, f.qualifier)).collect();
    assert_eq!(
        values,
        [
            (5.0, Qualifier::Exact),
            (20.0, Qualifier::Exact),
            (1_500_000.0, Qualifier::About),
            (10.0, Qualifier::Exact),
            (20.0, Qualifier::Exact),
        ]
    );
}

#[test]
fn skips_what_is_not_a_figure() {
    for text in [
        "آلاف الجنود",
        "عشرات القتلى ومئات الجرحى",
        "ملايين اللاجئين",
        "في عام 2024 وقعت الحرب",
        "في العام 2024",
        "منذ سنة 2011",
        "في 2019",
        "عامي 2023 و2024",
        "وقع الهجوم في 27 أكتوبر 2025",
        "وقع الهجوم في 27 أكتوبر",
        "في 3 سبتمبر/أيلول 2025",
        "في سبتمبر 2025",
        "في 2025-10-27",
        "في 27/10/2025",
        "15 رمضان 1446",
        "سنة 1446 هـ",
        "سنة 1446هـ",
        "طائرة F16 وصلت",
        "طائرات F-16",
        "إصابات COVID-19",
        "http://example.com/article/410826",
        "الفصل الثالث",
        "الأول والثاني",
        "القرن التاسع عشر",
        "ثاني عشر",
        "في آن واحد",
        "إحدى الدول",
        "القرار رقم 2254",
        "الساعة 10 صباحا",
        "الساعة 10:30",
        "اتصل على 0501234567",
        "أكثر من ذلك",
        "لست أدري",
        "مسؤولون في شركة ميتا",
    ] {
        assert_eq!(find_figures(text), [], "text {text}");
    }
}

#[test]
fn reads_real_news_shapes() {
    use Qualifier::*;
    check_figures(&[
        ("في حارتهما ذات الـ200 ألف ساكن", 200_000.0, Exact, "200 ألف", "200 ألف"),
        ("أسماء الـ7 الذين اعتقلوا", 7.0, Exact, "7", "7"),
        ("خلال الـ24 ساعة المقبلة", 24.0, Exact, "24", "24"),
        ("ارتفع إلى 24.\u{200F}983 دولار", 24.983, Exact, "24.\u{200F}983", "24.\u{200F}983"),
        ("بدقة 1080 بيكسل", 1_080.0, Exact, "1080", "1080"),
        ("قتل اثنان على الاقل", 2.0, AtLeast, "اثنان على الاقل", "اثنان"),
        ("لا تقل عن 500 ألف درهم ولا يتجاوز", 500_000.0, AtLeast, "لا تقل عن 500 ألف", "500 ألف"),
        ("لا يتجاوز مليوني درهم", 2_000_000.0, LessThan, "لا يتجاوز مليوني", "مليوني"),
    ]);
    for text in [
        "عثر على كمية من المواد",
        "إنتاج الدول الاثنتي عشرة الأعضاء",
        "عند الساعة الثانية عشرة ظهرا",
        "الليلة الثالثة عشرة",
        "البطولة العربية الـ13 المقامة حاليا",
        "مهرجان أبها للتسوق الـ17",
        "3- اعتماد استراتيجيات",
        "1-أن تعيد الأوبك النظر",
        "\n2) المرحلة الثانية",
        "ولد عام 1293 / 1876 في الرياض",
        "موسم 2015 - 2016",
        "بين 2010 و2012",
        "من 2004 إلى 2008",
        "العام الجاري 2015",
        "الموافق 6 / 9 / 2015",
        "في 18 / 10 / 1436هـ",
        "الـ30 من شهر مايو",
    ] {
        assert_eq!(find_figures(text), [], "text {text:?}");
    }
    // What the figure before took is not taken again.
    let found = find_figures("قتل 600 على الأقل 10 منهم أطفال، ونما 5%7");
    let seen: Vec<(f64, Qualifier, bool)> = found.iter().map(|f| (f.value, f.qualifier, f.is_percent)).collect();
    assert_eq!(seen, [(600.0, AtLeast, false), (10.0, Exact, false), (5.0, Exact, true), (7.0, Exact, false)]);
    // A range start that is not a year stays a figure.
    let values: Vec<f64> = find_figures("بين 2000 و3000 شخص").iter().map(|f| f.value).collect();
    assert_eq!(values, [2_000.0, 3_000.0]);
}

#[test]
fn parses_digit_keys() {
    let cases: &[(&str, Option<f64>)] = &[
        ("7", Some(7.0)),
        ("1,500", Some(1_500.0)),
        ("10,000,000", Some(10_000_000.0)),
        ("12.5", Some(12.5)),
        ("2,5", Some(2.5)),
        ("1.500.000", Some(1_500_000.0)),
        ("1,234.56", Some(1_234.56)),
        ("1,5000", None),
        ("1.2.3", None),
        ("12,34,56", None),
        (",5", None),
        ("5.", None),
        ("007", None),
        ("1234567890123456", None),
        ("12a", None),
        ("", None),
    ];
    for &(key, want) in cases {
        assert_eq!(parse_digits(key), want, "key {key:?}");
    }
}

#[test]
fn qualifier_names() {
    let cases = [
        (Qualifier::About, "about"),
        (Qualifier::AtLeast, "at_least"),
        (Qualifier::MoreThan, "more_than"),
        (Qualifier::LessThan, "less_than"),
        (Qualifier::Exact, "exact"),
    ];
    for (qualifier, name) in cases {
        assert_eq!(qualifier.as_str(), name);
    }
}

#[test]
fn tokenizer_keeps_numbers_whole_and_spans_exact() {
    let text = "في ١٠٬٠٠٠ و2025-10-27، (قال)\nثم";
    let tokens = tokenize(text);
    let keys: Vec<&str> = tokens.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, ["في", "10,000", "و2025-10-27", "،", "(", "قال", ")", "\n", "ثم"]);
    for token in &tokens {
        assert_eq!(&text[token.span.clone()], token.text);
    }
    assert_eq!(offset_after_key_chars("بـ600", 1), "بـ".len());
    assert_eq!(offset_after_key_chars("وَعِشرون", 1), "وَ".len());
    assert_eq!(offset_after_key_chars("ab", 5), 2);
}
