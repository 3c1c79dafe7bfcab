//! The `clientele` binary: logging, the command line, and the window.

use std::process::ExitCode;

use clap::Parser;
use clientele::cli::{self, Cli};

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    // usvg's notes on font fallback in the report's charts are not for the owner.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CLIENTELE_LOG").unwrap_or_else(|_| {
                tracing_subscriber::EnvFilter::new("warn,winit=error,usvg=error")
            }),
        )
        .with_writer(std::io::stderr)
        .init();
    // clap prints usage errors itself and exits with code 2.
    let args = Cli::parse();
    let window = |open: Option<std::path::PathBuf>| {
        let db = clientele::store::resolve_db_path(args.db.clone());
        cli::window_passphrase(&db, args.passphrase_file.as_deref())?;
        clientele::ui::run(db, started, open)
    };
    let result = match args.command {
        Some(cli::Command::Open { file }) => window(Some(file)),
        Some(command) => {
            cli::run_with_passphrase(args.db, args.lang, args.passphrase_file, command)
        }
        None => window(args.file.clone()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", cli::error_line(&e));
            ExitCode::from(1)
        }
    }
}
