//! The spellings the seed articles use for one name (DESIGN.md), merged both ways.

use marsad_arabic::names::{blocking_keys, is_short_form, same_name};

#[test]
fn the_seed_spelling_pairs_are_one_name() {
    let pairs = [
        ("تشوي سون هوي", "تشو سون هي"),
        ("ترامب", "ترمب"),
        ("بيونغ يانغ", "بيونج يانج"),
        ("سيرغي لافروف", "سيرجي لافروف"),
    ];
    for (a, b) in pairs {
        assert!(same_name(a, b), "{a} / {b}");
        assert!(same_name(b, a), "{b} / {a}");
        assert!(same_name(a, a) && same_name(b, b), "{a}, {b}");
        let (ka, kb) = (blocking_keys(a), blocking_keys(b));
        assert!(ka.iter().any(|k| kb.contains(k)), "{a} {ka:?} / {b} {kb:?}");
    }
    // The surname alone, in the other spelling, shortens the full name and shares a key with it.
    assert!(is_short_form("ترمب", "دونالد ترامب"));
    assert!(blocking_keys("ترمب").iter().any(|k| blocking_keys("دونالد ترامب").contains(k)));
}
