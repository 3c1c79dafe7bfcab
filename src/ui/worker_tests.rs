//! The window when its worker stops: nothing waits for an answer that will never come, the
//! window says so, and the worker starts again.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::*;
use crate::ui::tabs::duplicates::DuplicatesScreen;

/// Steps frames until the window waits for nothing (at most 60 seconds); the other
/// window tests of the crate use it too.
pub(crate) fn settle(h: &mut Harness<'static, ClienteleApp>) {
    let start = Instant::now();
    loop {
        h.step();
        if !h.state().is_busy() {
            h.run_steps(3);
            if !h.state().is_busy() {
                return;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the window still waits: {:?} owed",
            h.state().owed.keys().collect::<Vec<_>>()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_stopped_worker_ends_what_waits_for_it_and_can_be_started_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.sqlite");
    let mut app = ClienteleApp::new(db.clone(), Prefs::default());
    // A worker whose thread ends once `stop` is raised: its wake-up call panics outside any
    // job, as a fault of the worker itself would.
    let stop = Arc::new(AtomicBool::new(false));
    let raised = stop.clone();
    let worker = Worker::start(
        db,
        Box::new(move || {
            if raised.load(Ordering::Relaxed) {
                panic!("the worker stops here");
            }
        }),
    )
    .unwrap();
    app.worker = Some(worker);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    assert_eq!(h.state().db, DbState::Open { has_data: false });
    assert!(!h.state().worker_stopped);

    // Ask for duplicates and for the figures, and let the worker stop as it answers.
    stop.store(true, Ordering::Relaxed);
    h.state_mut().command(Command::FindDuplicates);
    h.state_mut().command(Command::ComputeInsights);
    settle(&mut h);
    {
        let app = h.state();
        assert!(app.worker_stopped);
        assert!(app.owed.is_empty() && app.jobs.is_empty());
        // Neither the duplicates nor the figures wait any longer.
        assert_eq!(app.screen::<DuplicatesScreen>().unwrap().find_job, None);
        assert_eq!(app.insights.job, None);
        assert!(
            app.insights
                .error
                .as_deref()
                .is_some_and(|e| e.contains("background worker stopped")),
            "{:?}",
            app.insights.error
        );
    }
    h.get_by_label_contains("The background worker stopped");

    // Started again, it opens the database and answers.
    h.get_by_label("Start it again").click();
    settle(&mut h);
    assert!(!h.state().worker_stopped);
    assert_eq!(h.state().db, DbState::Open { has_data: false });
    assert!(
        h.query_by_label_contains("The background worker stopped")
            .is_none()
    );
    h.state_mut().command(Command::FindDuplicates);
    settle(&mut h);
    let duplicates = h.state().screen::<DuplicatesScreen>().unwrap();
    assert_eq!(duplicates.find_job, None);
    assert!(duplicates.queue.is_some(), "the new worker found no answer");
}
