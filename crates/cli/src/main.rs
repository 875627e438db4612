//! `marsad`: the command line. Each subcommand lives in its own module; this file parses the
//! arguments, opens the store and reports errors.

mod compare;
mod entities;
mod export;
mod facts;
mod ingest;
mod link;
mod show;
mod stories;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use marsad_core::Format;
use marsad_store::SqliteStore;

/// marsad (مرصد): an Arabic-first news intelligence engine.
#[derive(Parser)]
#[command(name = "marsad", version, about)]
struct Cli {
    /// The database file.
    #[arg(long, global = true, env = "MARSAD_DB", default_value = "marsad.db")]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles from files, directories (recursively) or `-` (stdin) into the store.
    Ingest {
        /// Files, directories, or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The input format; `auto` goes by file extension, or by content for stdin.
        #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
        format: FormatArg,
        /// Print the counts and every rejection as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the stored articles, by date.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show one article: its metadata and clean text.
    Show {
        /// The article id, or an unambiguous prefix of it.
        id: String,
        /// Also show the lines removed from the text, with the reasons.
        #[arg(long)]
        removed: bool,
        /// Print the raw input exactly as it was read, instead of the clean text.
        #[arg(long)]
        raw: bool,
        #[arg(long)]
        json: bool,
    },
    /// Storylines → events → articles with their relation labels.
    Stories {
        /// Leave out storylines and events with fewer articles than this.
        #[arg(long, default_value_t = 1)]
        min_articles: usize,
        #[arg(long)]
        json: bool,
    },
    /// People, places and organizations the articles name, most articles first, with the
    /// spellings merged into each.
    Entities {
        /// Only this kind.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Leave out entities named in fewer articles than this.
        #[arg(long, default_value_t = 1)]
        min_articles: usize,
        #[arg(long)]
        json: bool,
    },
    /// One entity, by any of its spellings: its variants, mentions over time, the entities named
    /// with it and its events.
    Entity {
        name: String,
        #[arg(long)]
        json: bool,
    },
    /// Where sources disagree: figures about one thing that differ between the articles of an
    /// event or its storyline, and the figures independent sources agree on.
    Conflicts {
        /// Also show agreements that only copies of one text make.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Link every stored article again, replacing the stored links: after an upgrade of
    /// marsad's linking, or when later sightings dated articles that were linked undated.
    Relink {
        #[arg(long)]
        json: bool,
    },
    /// The relation between two articles (files, or ids in the store) with all its scores.
    Compare {
        a: String,
        b: String,
        #[arg(long)]
        json: bool,
    },
    /// Print each article's word shingles (hashes) as JSON lines: for benchmarks that compare
    /// marsad's duplicate finding with other tools on exactly the same shingles.
    #[command(hide = true)]
    Shingles {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Instead of the shingles, print the pairs at or above this shingle Jaccard found by
        /// marsad's MinHash LSH, and the seconds that took (reading and cleaning not counted).
        #[arg(long)]
        pairs: Option<f64>,
    },
    /// Everything in the store as JSON (export schema version 1).
    Export {
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Person,
    Place,
    Org,
}

impl KindArg {
    fn kind(self) -> marsad_core::analyze::entities::EntityKind {
        use marsad_core::analyze::entities::EntityKind;
        match self {
            KindArg::Person => EntityKind::Person,
            KindArg::Place => EntityKind::Place,
            KindArg::Org => EntityKind::Org,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Auto,
    Txt,
    Html,
    Jsonl,
    Warc,
}

impl FormatArg {
    fn forced(self) -> Option<Format> {
        match self {
            FormatArg::Auto => None,
            FormatArg::Txt => Some(Format::Txt),
            FormatArg::Html => Some(Format::Html),
            FormatArg::Jsonl => Some(Format::Jsonl),
            FormatArg::Warc => Some(Format::Warc),
        }
    }
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("MARSAD_LOG"))
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("marsad: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::Shingles { paths, pairs } = &cli.command {
        return compare::print_shingles(paths, *pairs);
    }
    // Comparing two files needs no store: it is opened only for ids.
    if let Command::Compare { a, b, json } = &cli.command {
        return compare::run(&cli.db, a, b, *json);
    }
    let mut store = SqliteStore::open(&cli.db).with_context(|| format!("opening the store {}", cli.db.display()))?;
    match cli.command {
        Command::Ingest { paths, format, json } => ingest::run(&mut store, &paths, format.forced(), json),
        Command::List { json } => show::list(&store, json),
        Command::Show { id, removed, raw, json } => show::show(&store, &id, show::ShowOptions { removed, raw, json }),
        Command::Export { output } => export::run(&store, output.as_deref()),
        Command::Stories { json, min_articles } => stories::run(&store, json, min_articles),
        Command::Relink { json } => link::run_relink(&mut store, json),
        Command::Entities { kind, min_articles, json } => {
            entities::list(&store, kind.map(KindArg::kind), min_articles, json)
        }
        Command::Entity { name, json } => entities::show(&store, &name, json),
        Command::Conflicts { all, json } => entities::conflicts(&store, all, json),
        Command::Compare { .. } | Command::Shingles { .. } => unreachable!("handled above"),
    }
}
