//! Builds marsad's background document frequencies (`crates/core/data/background_df.tsv.gz`):
//! for each content-word stem, in how many distinct articles of a large news corpus it occurs.
//! Figures only, no text. Usage:
//!
//! ```sh
//! cargo run --release -p marsad-core --example background_df -- ../shared/data/saudinewsnet.jsonl.gz \
//!     | gzip -9 > crates/core/data/background_df.tsv.gz
//! ```

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;

use marsad_core::analyze::terms::article_terms;
use marsad_core::clean;
use marsad_core::read::{expand_inputs, read_input};

/// Stems in fewer articles than this are left out: rare stems get the default weight.
const MIN_DF: u32 = 3;

fn main() -> std::io::Result<()> {
    let paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let list = expand_inputs(&paths, None);
    let mut seen_ids = HashSet::new();
    let mut df: HashMap<String, u32> = HashMap::new();
    for input in &list.inputs {
        read_input(
            input,
            &mut |result| {
                let Ok(article) = result.map_err(drop).and_then(|doc| clean(doc).map_err(drop)) else { return };
                if !seen_ids.insert(article.id.clone()) {
                    return;
                }
                let distinct: HashSet<String> = article_terms(&article.text).into_iter().collect();
                for stem in distinct {
                    *df.entry(stem).or_default() += 1;
                }
            },
            &mut |_| {},
        );
    }
    let mut rows: Vec<(String, u32)> = df.into_iter().filter(|(_, n)| *n >= MIN_DF).collect();
    rows.sort();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(out, "#documents\t{}", seen_ids.len())?;
    for (stem, n) in rows {
        writeln!(out, "{stem}\t{n}")?;
    }
    out.flush()
}
