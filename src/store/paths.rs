//! Where the database lives: `--db`, else `CLIENTELE_DB`, else the OS user-data folder.

use std::path::PathBuf;

/// The file name of the database inside the user-data folder.
const DB_FILE_NAME: &str = "clientele.sqlite";

/// The default database: `clientele.sqlite` in the OS user-data folder
/// (`~/.local/share/clientele` on Linux, `%APPDATA%\Clientele\data` on Windows,
/// `~/Library/Application Support/Clientele` on macOS). Falls back to the current folder
/// when the OS names no home folder.
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "Clientele")
        .map(|dirs| dirs.data_dir().join(DB_FILE_NAME))
        .unwrap_or_else(|| PathBuf::from(DB_FILE_NAME))
}

/// The database to use: the `--db` argument when given, else the `CLIENTELE_DB`
/// environment variable when set and not empty, else [`default_db_path`].
pub fn resolve_db_path(arg: Option<PathBuf>) -> PathBuf {
    arg.or_else(|| {
        std::env::var_os("CLIENTELE_DB")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .unwrap_or_else(default_db_path)
}
