//! Handing a saved PDF to the operating system's printing: `lp` (CUPS) on Linux and other
//! Unix systems, `lpr` on macOS, the shell's "print" verb on Windows. Only the Linux path can
//! be tried on the project's machines; the others are kept small and obvious. What the
//! system answers is turned into a sentence a shop owner understands, above all when no
//! printer is set up.

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

/// Sends the PDF at `path` to the default printer; the text says what happened.
pub fn print_pdf(path: &Path) -> Result<String, String> {
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
pub fn print_with(program: &str, args: &[String], path: &Path) -> Result<String, String> {
    let mut all = args.to_vec();
    all.push(path.display().to_string());
    run(program, &all)
}

fn run(program: &str, args: &[String]) -> Result<String, String> {
    match Command::new(program).args(args).output() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
            "Printing needs the system's print service ('{program}' was not found). \
             Save the PDF and print it from your PDF viewer."
        )),
        Err(e) => Err(format!("The printer could not be reached: {e}.")),
        Ok(out) => answer(
            out.status.success(),
            &String::from_utf8_lossy(&out.stdout),
            &String::from_utf8_lossy(&out.stderr),
        ),
    }
}

/// What the print command's exit status and output mean for the shop owner.
fn answer(success: bool, stdout: &str, stderr: &str) -> Result<String, String> {
    let said = format!("{stdout} {stderr}").to_lowercase();
    if success {
        // lp says "request id is Office-12 (1 file(s))".
        let job = stdout
            .split_whitespace()
            .skip_while(|w| *w != "is")
            .nth(1)
            .map(|id| format!(" (print job {id})"))
            .unwrap_or_default();
        return Ok(format!("The report was sent to the printer{job}."));
    }
    let no_printer = [
        "no default destination",
        "no default printer",
        "scheduler is not running",
        "unable to connect to server",
        "no such file or directory",
    ];
    if no_printer.iter().any(|p| said.contains(p)) {
        return Err(
            "No printer is set up on this computer. Add one in the system's printer \
             settings, or save the PDF and print it from another computer."
                .to_string(),
        );
    }
    let reason = stderr.trim();
    if reason.is_empty() {
        Err(
            "The printer refused the report. Save the PDF and print it from your PDF viewer."
                .into(),
        )
    } else {
        Err(format!(
            "The printer refused the report: {reason}. Save the PDF and print it from your PDF viewer."
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_queued_job_is_reported_with_its_id() {
        let said = answer(true, "request id is Office-12 (1 file(s))\n", "");
        assert_eq!(
            said,
            Ok("The report was sent to the printer (print job Office-12).".to_string())
        );
        assert_eq!(
            answer(true, "", ""),
            Ok("The report was sent to the printer.".to_string())
        );
    }

    #[test]
    fn no_printer_is_said_plainly() {
        for stderr in [
            "lp: Error - No default destination.",
            "lp: Error - Scheduler is not running.",
            "lp: Unable to connect to server",
        ] {
            let err = answer(false, "", stderr).unwrap_err();
            assert!(err.starts_with("No printer is set up"), "{stderr}: {err}");
        }
    }

    #[test]
    fn other_refusals_pass_the_reason_on() {
        let err = answer(false, "", "lp: The printer or class does not exist.").unwrap_err();
        assert!(err.contains("The printer or class does not exist"), "{err}");
    }

    #[test]
    fn a_missing_print_command_is_explained() {
        let err = print_with(
            "clientele-no-such-print-command",
            &[],
            Path::new("report.pdf"),
        )
        .unwrap_err();
        assert!(err.contains("print service"), "{err}");
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
        assert!(said.contains("Desk-7"), "{said}");
        let argv = std::fs::read_to_string(&seen).unwrap();
        assert_eq!(
            argv.lines().last(),
            Some(pdf.to_str().unwrap()),
            "the PDF is the last argument: {argv}"
        );
    }
}
