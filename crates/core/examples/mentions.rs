//! Prints the names marsad finds in a text file, by the rules alone and with the tagger, to see
//! what the tagger changes. Usage: `cargo run -p marsad-core --example mentions -- FILE`.

use marsad_core::analyze::entities::{find_mentions, rule_mentions, Mention};

fn main() -> std::io::Result<()> {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let line = |m: &Mention| format!("{:?} {:?} {} {}", m.kind, m.signal, m.name, m.role.as_deref().unwrap_or(""));
        let rules: Vec<String> = rule_mentions(&text).iter().map(line).collect();
        let combined: Vec<String> = find_mentions(&text).iter().map(line).collect();
        println!("== {path}");
        for m in &rules {
            if !combined.contains(m) {
                println!("- {m}");
            }
        }
        for m in &combined {
            println!("{} {m}", if rules.contains(m) { " " } else { "+" });
        }
    }
    Ok(())
}
