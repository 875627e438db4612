//! The bearer token of the write endpoints: made at the first start (32 random bytes, hex),
//! kept in a file readable by its owner only (mode 0600), never logged.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Where the token of the store at `db` is kept: `marsad.db.token` beside `marsad.db`.
pub fn token_path(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "marsad.db".into());
    name.push(".token");
    db.with_file_name(name)
}

/// The token in `path`, or a new one written there (mode 0600) when the file is missing.
pub fn load_or_create(path: &Path) -> anyhow::Result<String> {
    if path.exists() {
        let token = std::fs::read_to_string(path).with_context(|| format!("reading the token {}", path.display()))?;
        let token = token.trim().to_owned();
        anyhow::ensure!(token.len() >= 32, "{}: the token is shorter than 32 characters", path.display());
        return Ok(token);
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness for the token: {e}"))?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).with_context(|| format!("writing the token {}", path.display()))?;
    writeln!(file, "{token}").with_context(|| format!("writing the token {}", path.display()))?;
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_made_once_and_kept_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = token_path(&dir.path().join("m.db"));
        assert_eq!(path.file_name().unwrap(), "m.db.token");
        let first = load_or_create(&path).unwrap();
        assert_eq!(first.len(), 64);
        assert_eq!(load_or_create(&path).unwrap(), first, "read again, not made again");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }
}
