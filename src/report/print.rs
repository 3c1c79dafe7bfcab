//! Handing a saved PDF to the operating system's printing: `lp` (CUPS) on Linux and other
//! Unix systems, `lpr` on macOS, the shell's "print" verb on Windows. Only the Linux path can
//! be tried on the project's machines; the others are kept small and obvious. What the
//! system answers is turned into a value ([`Sent`] or [`PrintError`]) that `crate::text`
//! says in words a shop owner understands, above all when no printer is set up.

use std::path::Path;
use std::process::Command;

/// The program that prints on this system (Unix), and the arguments before the file.
fn system_printer() -> (&'static str, Vec<String>) {
    if cfg!(target_os = "macos") {
        ("lpr", vec!["-T".into(), "Clientele report".into()])
    } else {
        (
            "lp",
            vec!["-t".into(), "Clientele report".into(), "--".into()],
        )
    }
}

/// The system's printing took the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sent {
    /// The print job's id, when the system gave one (`lp` says "request id is Office-12").
    pub job: Option<String>,
}

/// Why the system's printing did not take the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintError {
    /// The print command is not installed.
    NoService {
        /// The program looked for.
        program: String,
    },
    /// The print command could not be started (the system's reason).
    Unreachable(String),
    /// No printer is set up.
    NoPrinter,
    /// The printer refused, with the print command's reason when it gave one.
    Refused(Option<String>),
}

impl std::fmt::Display for PrintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}

/// A printer the system knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Printer {
    /// The name `lp -d` takes.
    pub name: String,
    /// The system's default printer.
    pub is_default: bool,
}

/// How to print: on which printer (`None`: the default one), how many copies, on which
/// paper (`None`: the printer's own setting; else a CUPS media name such as `A4`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrintChoice {
    pub printer: Option<String>,
    pub copies: u32,
    pub paper: Option<String>,
}

/// The printers `lpstat -p -d` lists (CUPS; Linux and macOS), the default one marked. An
/// empty list when there is none or no print service.
pub fn printers() -> Vec<Printer> {
    if cfg!(target_os = "windows") {
        return Vec::new();
    }
    match Command::new("lpstat").args(["-p", "-d"]).output() {
        Ok(out) => parse_lpstat(&String::from_utf8_lossy(&out.stdout)),
        Err(_) => Vec::new(),
    }
}

/// Reads `lpstat -p -d`: lines `printer NAME is idle. ...` (or `disabled`) and
/// `system default destination: NAME`.
pub fn parse_lpstat(text: &str) -> Vec<Printer> {
    let default = text.lines().find_map(|l| {
        l.trim()
            .strip_prefix("system default destination:")
            .map(|n| n.trim().to_string())
    });
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("printer "))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(|name| Printer {
            name: name.to_string(),
            is_default: default.as_deref() == Some(name),
        })
        .collect()
}

/// The `lp` arguments before the file for a choice (CUPS).
pub fn lp_args(choice: &PrintChoice) -> Vec<String> {
    let mut args = Vec::new();
    if let Some(p) = &choice.printer {
        args.extend(["-d".to_string(), p.clone()]);
    }
    if choice.copies > 1 {
        args.extend(["-n".to_string(), choice.copies.to_string()]);
    }
    if let Some(paper) = &choice.paper {
        args.extend(["-o".to_string(), format!("media={paper}")]);
    }
    args.extend(["-t".to_string(), "Clientele report".into(), "--".into()]);
    args
}

/// Sends the PDF at `path` to the printer chosen (CUPS `lp`; elsewhere the default printer).
pub fn print_pdf_with(path: &Path, choice: &PrintChoice) -> Result<Sent, PrintError> {
    if cfg!(target_os = "windows") || cfg!(target_os = "macos") {
        return print_pdf(path);
    }
    print_with("lp", &lp_args(choice), path)
}

/// Sends the PDF at `path` to the default printer.
pub fn print_pdf(path: &Path) -> Result<Sent, PrintError> {
    if cfg!(target_os = "windows") {
        // The file's "print" verb opens the PDF viewer's printing.
        let quoted = path.display().to_string().replace('\'', "''");
        let script = format!("Start-Process -Verb Print -FilePath '{quoted}'");
        let args = ["-NoProfile".to_string(), "-Command".into(), script];
        return run("powershell", &args);
    }
    let (program, args) = system_printer();
    print_with(program, &args, path)
}

/// Runs `program args.. path` and reads its answer (the tests hand in a stand-in printer).
pub fn print_with(program: &str, args: &[String], path: &Path) -> Result<Sent, PrintError> {
    let mut all = args.to_vec();
    all.push(path.display().to_string());
    run(program, &all)
}

fn run(program: &str, args: &[String]) -> Result<Sent, PrintError> {
    match Command::new(program).args(args).output() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(PrintError::NoService {
            program: program.to_string(),
        }),
        Err(e) => Err(PrintError::Unreachable(e.to_string())),
        Ok(out) => answer(
            out.status.success(),
            &String::from_utf8_lossy(&out.stdout),
            &String::from_utf8_lossy(&out.stderr),
        ),
    }
}

/// What the print command's exit status and output mean for the shop owner.
fn answer(success: bool, stdout: &str, stderr: &str) -> Result<Sent, PrintError> {
    let said = format!("{stdout} {stderr}").to_lowercase();
    if success {
        // lp says "request id is Office-12 (1 file(s))".
        let job = stdout
            .split_whitespace()
            .skip_while(|w| *w != "is")
            .nth(1)
            .map(str::to_string);
        return Ok(Sent { job });
    }
    let no_printer = [
        "no default destination",
        "no default printer",
        "scheduler is not running",
        "unable to connect to server",
        "no such file or directory",
    ];
    if no_printer.iter().any(|p| said.contains(p)) {
        return Err(PrintError::NoPrinter);
    }
    let reason = stderr.trim();
    Err(PrintError::Refused(
        (!reason.is_empty()).then(|| reason.to_string()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lpstat_lists_printers_and_the_default() {
        let text = "printer Office is idle.  enabled since Sat 05 Dec 2026 09:12:01\n\
                    printer Desk_Laser disabled since Fri 04 Dec 2026 -\n\
                    \treason unknown\n\
                    system default destination: Desk_Laser\n";
        assert_eq!(
            parse_lpstat(text),
            vec![
                Printer {
                    name: "Office".into(),
                    is_default: false
                },
                Printer {
                    name: "Desk_Laser".into(),
                    is_default: true
                },
            ]
        );
        assert!(
            parse_lpstat("lpstat: No destinations added.\nno system default destination\n")
                .is_empty()
        );
    }

    #[test]
    fn the_choice_becomes_lp_arguments() {
        let choice = PrintChoice {
            printer: Some("Office".into()),
            copies: 3,
            paper: Some("A4".into()),
        };
        assert_eq!(
            lp_args(&choice),
            [
                "-d",
                "Office",
                "-n",
                "3",
                "-o",
                "media=A4",
                "-t",
                "Clientele report",
                "--"
            ]
        );
        assert_eq!(
            lp_args(&PrintChoice::default()),
            ["-t", "Clientele report", "--"]
        );
    }

    #[test]
    fn a_queued_job_is_reported_with_its_id() {
        let said = answer(true, "request id is Office-12 (1 file(s))\n", "");
        assert_eq!(
            said,
            Ok(Sent {
                job: Some("Office-12".into())
            })
        );
        assert_eq!(answer(true, "", ""), Ok(Sent { job: None }));
    }

    #[test]
    fn no_printer_is_said_plainly() {
        for stderr in [
            "lp: Error - No default destination.",
            "lp: Error - Scheduler is not running.",
            "lp: Unable to connect to server",
        ] {
            let err = answer(false, "", stderr).unwrap_err();
            assert_eq!(err, PrintError::NoPrinter, "{stderr}");
        }
    }

    #[test]
    fn other_refusals_pass_the_reason_on() {
        let err = answer(false, "", "lp: The printer or class does not exist.").unwrap_err();
        assert_eq!(
            err,
            PrintError::Refused(Some("lp: The printer or class does not exist.".into()))
        );
        assert_eq!(
            answer(false, "", "  \n").unwrap_err(),
            PrintError::Refused(None)
        );
    }

    #[test]
    fn a_missing_print_command_is_explained() {
        let err = print_with(
            "clientele-no-such-print-command",
            &[],
            Path::new("report.pdf"),
        )
        .unwrap_err();
        assert_eq!(
            err,
            PrintError::NoService {
                program: "clientele-no-such-print-command".into()
            }
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_handed_to_the_print_command() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let seen = dir.path().join("seen.txt");
        let fake = dir.path().join("lp");
        std::fs::write(
            &fake,
            format!(
                "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\necho 'request id is Desk-7 (1 file(s))'\n",
                seen.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        let pdf = dir.path().join("report.pdf");
        std::fs::write(&pdf, b"%PDF-1.7").unwrap();
        let (_, args) = system_printer();
        let said = print_with(fake.to_str().unwrap(), &args, &pdf).unwrap();
        assert_eq!(said.job.as_deref(), Some("Desk-7"));
        let argv = std::fs::read_to_string(&seen).unwrap();
        assert_eq!(
            argv.lines().last(),
            Some(pdf.to_str().unwrap()),
            "the PDF is the last argument: {argv}"
        );
    }
}
