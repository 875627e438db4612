//! Progress on a terminal: an indicatif bar per stage, hidden when stderr is piped.

use std::cell::RefCell;
use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};
use marsad_engine::{Progress, Unit};

/// Draws each stage the engine reports as a bar on stderr, if stderr is a terminal.
pub struct Bar {
    visible: bool,
    bar: RefCell<ProgressBar>,
}

impl Bar {
    pub fn new() -> Bar {
        Bar { visible: std::io::stderr().is_terminal(), bar: RefCell::new(ProgressBar::hidden()) }
    }
}

impl Progress for Bar {
    fn start(&self, stage: &str, total: Option<u64>, unit: Unit) {
        if !self.visible {
            return;
        }
        let counted = match unit {
            Unit::Bytes => "{bytes}/{total_bytes}",
            Unit::Articles => "{pos}/{len} articles",
        };
        let bar = match total {
            Some(total) => ProgressBar::new(total).with_style(
                ProgressStyle::with_template(&format!(
                    "{{spinner}} {stage} [{{bar:40}}] {counted} {{elapsed}} (eta {{eta}})"
                ))
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template(&format!("{{spinner}} {stage} {{elapsed}}"))
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        *self.bar.borrow_mut() = bar;
    }

    fn advance(&self, done: u64) {
        self.bar.borrow().inc(done);
    }

    fn finish(&self) {
        self.bar.borrow().finish_and_clear();
    }
}
