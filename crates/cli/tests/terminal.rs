//! Scraped text on a terminal: escape sequences, other C0 and C1 controls and bidi overrides in
//! titles, sources, URLs, authors and text never reach the output raw, in any text command, and
//! JSON output escapes them.

mod common;

use common::Marsad;

/// An article whose every field carries controls: a clear-screen, an OSC title, an OSC 8 link,
/// a C1 CSI, a right-to-left override, and `&#27;` that HTML decoding would make an ESC.
const HOSTILE: &str = concat!(
    r#"{"title":"عنوان \u001b[2J خبر \u001b]0;pwn\u0007 عاجل","source":"src\u202eevil\u001b[31m","#,
    r#""url":"http://example.com/\u001b]8;;http://evil\u001b\\x","author":"a\u202eb\u009b31m","#,
    r#""text":"قالت وزارة الصحة إن 12 شخصا أصيبوا في الحادث الذي وقع في مدينة الرياض مساء أمس &#27;[2J. "#,
    r#"وأضافت الوزارة أن فرق الإسعاف نقلت المصابين إلى المستشفيات القريبة \u001b[31m لتلقي العلاج. "#,
    r#"وقال شهود عيان إن الحادث وقع بسبب السرعة الزائدة \u0085 على الطريق.","published":"2024-01-01"}"#,
    "\n"
);

/// True if the output holds a control a terminal would act on.
fn has_controls(output: &str) -> Option<char> {
    output.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

#[test]
fn no_text_command_writes_controls_from_scraped_fields() {
    let marsad = Marsad::new();
    let input = marsad.dir().join("hostile.jsonl");
    std::fs::write(&input, HOSTILE).expect("write");
    marsad.ingest(&[&input]);
    let list = marsad.json(&["list", "--json"]);
    let article = list.as_array().and_then(|a| a.first()).expect("one article");
    let id = article["id"].as_str().expect("an id").to_owned();
    let event = article["event"].as_str().expect("an event").to_owned();
    let commands: Vec<Vec<&str>> = vec![
        vec!["list"],
        vec!["show", &id],
        vec!["show", &id, "--removed"],
        vec!["show", &id, "--raw"],
        vec!["stories"],
        vec!["event", &event],
        vec!["search", "الصحة"],
        vec!["entities"],
        vec!["compare", &id, &id],
    ];
    for args in &commands {
        let output = marsad.cmd(args).output().expect("run marsad");
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!stdout.trim().is_empty(), "{args:?} printed nothing");
        assert_eq!(has_controls(&stdout), None, "{args:?} wrote a control: {stdout:?}");
    }
    // The title's words stay, around the stripped sequences.
    let shown = marsad.cmd(&["show", &id]).output().expect("run marsad");
    assert!(String::from_utf8_lossy(&shown.stdout).contains("عاجل"));
    // JSON escapes what it keeps: no raw control byte in the export.
    let export = marsad.cmd(&["export"]).output().expect("run marsad");
    let export = String::from_utf8_lossy(&export.stdout);
    assert_eq!(has_controls(&export), None, "a raw control or bidi override in the export");
    // Nor are they kept escaped: the store holds none.
    assert!(!export.contains("\\u001b") && !export.contains("\\u009b"), "an escape kept in the store");
}
