//! Two pieces of work side by side: the one helper every layer uses to put a second core
//! to work (a shop's computer has two or more), with the work done on one thread when no
//! second thread can be started.

/// Runs `there` on a second thread named `name` while `here` runs on this one, and gives
/// both results; both run here, one after the other, when no thread can be started. A
/// panic on the second thread is raised again here.
pub fn side_by_side<A: Send, B>(
    name: &str,
    there: impl Fn() -> A + Sync,
    here: impl FnOnce() -> B,
) -> (A, B) {
    std::thread::scope(|scope| {
        let started = std::thread::Builder::new()
            .name(name.into())
            .spawn_scoped(scope, &there);
        let b = here();
        let a = match started {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => there(),
        };
        (a, b)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each result comes back on its own side, the second from a thread of that name.
    #[test]
    fn both_results_come_back_in_their_places() {
        let (there, here) = side_by_side(
            "clientele-test",
            || std::thread::current().name().map(str::to_owned),
            || 7,
        );
        assert_eq!(there.as_deref(), Some("clientele-test"));
        assert_eq!(here, 7);
    }

    #[test]
    #[should_panic(expected = "from the second thread")]
    fn a_panic_there_is_raised_here() {
        side_by_side("clientele-test", || panic!("from the second thread"), || ());
    }
}
