//! Order independence of the whole pipeline: the same articles give the same events,
//! storylines, ids and findings in one batch or many, in any order — on the project's corpus
//! and seeds (random splits, by proptest). The same on a SaudiNewsNet prefix is in
//! `real_data.rs`.

mod common;

use std::path::{Path, PathBuf};

use common::{clusters_of, ingest_in_batches, shared};
use proptest::prelude::*;

/// The articles of the corpus and the seeds, one file each.
fn article_files() -> Vec<PathBuf> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("examples/corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html" || e == "jsonl"))
        .collect();
    if let Some(seeds) = shared("seeds") {
        files.extend(std::fs::read_dir(seeds).expect("seeds").filter_map(|e| e.ok().map(|e| e.path())));
    }
    files.sort();
    files
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]
    /// Random batches in random order, against one batch of everything.
    #[test]
    fn any_split_and_order_gives_one_batchs_clusters(seed in any::<u64>(), batches in 2usize..5) {
        let files = article_files();
        let one = tempfile::tempdir().expect("dir");
        let expected = clusters_of(&ingest_in_batches(one.path(), std::slice::from_ref(&files)));
        // A shuffle and split drawn from the seed (xorshift: no dependence on a rand crate).
        let mut state = seed | 1;
        let mut next = || { state ^= state << 13; state ^= state >> 7; state ^= state << 17; state };
        let mut shuffled = files.clone();
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        let mut split: Vec<Vec<PathBuf>> = vec![Vec::new(); batches];
        for file in shuffled {
            split[(next() % batches as u64) as usize].push(file);
        }
        let many = tempfile::tempdir().expect("dir");
        prop_assert_eq!(clusters_of(&ingest_in_batches(many.path(), &split)), expected);
    }
}
