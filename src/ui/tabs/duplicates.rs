//! The Duplicates tab: find likely duplicates as a background job, review them one group
//! at a time (side by side, differing values highlighted, the kept value of each field
//! chosen by a click), decide with Y (merge), N (not the same person), S (skip) and the
//! arrow keys, merge every group above a certainty at once, and undo merges from the
//! history. Every decision is saved at once, so closing the window loses no work.

use std::collections::HashMap;

use crate::dedup::plan::{PLAN_FIELDS, field_value, plan_with_survivor};
use crate::dedup::review::{DuplicateQueue, ReviewCluster};
use crate::model::{ContactField, DecidedBy, MergePlan};
use crate::store::MergeRow;
use crate::ui::app::{ClienteleApp, Command, group_thousands};
use crate::ui::theme;

/// What happened to a group in this review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Merged,
    NotDuplicate,
    Skipped,
}

/// The tab's state.
#[derive(Default)]
pub struct DuplicatesState {
    /// The last detection's groups, most certain first.
    pub queue: Option<DuplicateQueue>,
    /// The detection job running now.
    pub find_job: Option<u64>,
    /// Detection was started once since the window opened.
    pub started: bool,
    /// The group shown.
    pub current: usize,
    /// Groups decided in this review.
    pub decided: HashMap<usize, Decision>,
    /// The contact kept as the customer, per group (member position), when changed.
    pub survivor: HashMap<usize, usize>,
    /// The member whose value is kept, per group and field, when changed.
    pub kept: HashMap<(usize, ContactField), usize>,
    /// "Merge all above" certainty, 0..1.
    pub bulk_threshold: f64,
    /// Asking to confirm "merge all above".
    pub bulk_ask: bool,
    /// The merge history, once loaded.
    pub merges: Option<Vec<MergeRow>>,
    /// The history was asked for.
    pub merges_requested: bool,
}

impl DuplicatesState {
    /// The member kept as the customer in group `g`.
    pub fn survivor_of(&self, g: usize, cluster: &ReviewCluster) -> usize {
        self.survivor.get(&g).copied().unwrap_or_else(|| {
            let default = crate::dedup::plan::choose_survivor(&cluster.members);
            cluster
                .members
                .iter()
                .position(|m| Some(m.id) == default)
                .unwrap_or(0)
        })
    }

    /// The merge of group `g` as the reviewer set it up.
    pub fn plan_for(&self, g: usize, cluster: &ReviewCluster) -> MergePlan {
        let survivor = self.survivor_of(g, cluster);
        let mut plan = plan_with_survivor(
            &cluster.members,
            cluster.members[survivor].id,
            Some(cluster.certainty),
            DecidedBy::User,
        );
        for field in PLAN_FIELDS {
            if let Some(&m) = self.kept.get(&(g, field)) {
                let value = field_value(&cluster.members[m], field).map(str::to_string);
                plan.fields.retain(|(f, _)| *f != field);
                if value.as_deref() != field_value(&cluster.members[survivor], field) {
                    plan.fields.push((field, value));
                }
            }
        }
        plan
    }

    /// The value kept for `field` in group `g` (after the merge).
    fn kept_value<'a>(
        &self,
        g: usize,
        cluster: &'a ReviewCluster,
        plan: &'a MergePlan,
        field: ContactField,
    ) -> Option<&'a str> {
        if let Some(&m) = self.kept.get(&(g, field)) {
            return field_value(&cluster.members[m], field);
        }
        match plan.fields.iter().find(|(f, _)| *f == field) {
            Some((_, v)) => v.as_deref(),
            None => field_value(&cluster.members[self.survivor_of(g, cluster)], field),
        }
    }

    /// Moves to the next group nobody decided, after `from`.
    fn next_open(&mut self, from: usize) {
        let Some(q) = &self.queue else { return };
        let n = q.clusters.len();
        if n == 0 {
            return;
        }
        for step in 1..=n {
            let g = (from + step) % n;
            if !self.decided.contains_key(&g) {
                self.current = g;
                return;
            }
        }
        self.current = (from + 1).min(n - 1);
    }

    /// Moves on from the group shown when it was decided.
    pub fn decide_moved(&mut self) {
        self.next_open(self.current);
    }

    /// Records a decision on the group shown and moves on.
    pub fn decide(&mut self, decision: Decision) {
        let g = self.current;
        self.decided.insert(g, decision);
        self.next_open(g);
    }
}

/// Draws the tab.
pub fn ui(app: &mut ClienteleApp, ui: &mut egui::Ui) {
    if !app.duplicates_tab.merges_requested {
        app.duplicates_tab.merges_requested = true;
        app.command(Command::LoadMerges);
    }
    if !app.duplicates_tab.started && app.duplicates_tab.find_job.is_none() {
        app.duplicates_tab.started = true;
        app.command(Command::FindDuplicates);
    }
    keys(app, ui.ctx());
    egui::Panel::bottom("merge_history")
        .resizable(true)
        .default_size(180.0)
        .show(ui, |ui| history_ui(app, ui));
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("duplicates_scroll")
            .show(ui, |ui| review_ui(app, ui));
    });
}

fn keys(app: &mut ClienteleApp, ctx: &egui::Context) {
    if ctx.egui_wants_keyboard_input() || app.duplicates_tab.bulk_ask {
        return;
    }
    let Some(q) = &app.duplicates_tab.queue else {
        return;
    };
    if q.clusters.is_empty() {
        return;
    }
    let n = q.clusters.len();
    let (y, no, s, left, right) = ctx.input(|i| {
        (
            i.key_pressed(egui::Key::Y),
            i.key_pressed(egui::Key::N),
            i.key_pressed(egui::Key::S),
            i.key_pressed(egui::Key::ArrowLeft) || i.key_pressed(egui::Key::ArrowUp),
            i.key_pressed(egui::Key::ArrowRight) || i.key_pressed(egui::Key::ArrowDown),
        )
    });
    let tab = &mut app.duplicates_tab;
    let open = !tab.decided.contains_key(&tab.current);
    if y && open {
        app.command(Command::MergeGroup(app.duplicates_tab.current));
    } else if no && open {
        app.command(Command::NotDuplicates(app.duplicates_tab.current));
    } else if s && open {
        app.duplicates_tab.decide(Decision::Skipped);
    } else if left {
        tab.current = tab.current.checked_sub(1).unwrap_or(n - 1);
    } else if right {
        tab.current = (tab.current + 1) % n;
    }
}

fn review_ui(app: &mut ClienteleApp, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal(|ui| {
        ui.heading("Duplicates");
        let running = app.duplicates_tab.find_job.is_some();
        if ui
            .add_enabled(!running, egui::Button::new("Find duplicates again"))
            .on_hover_text(
                "Compares every customer with the likely matches; decisions already made are kept",
            )
            .clicked()
        {
            app.command(Command::FindDuplicates);
        }
    });
    let Some(q) = app.duplicates_tab.queue.as_ref() else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Looking for customers registered more than once…");
        });
        return;
    };
    let decided = app.duplicates_tab.decided.len();
    let open_groups = q.clusters.len() - decided;
    ui.label(format!(
        "{} groups of likely duplicates among {} customers ({} left to review). Groups are shown most certain first; the suggested certainty threshold is {:.0}%.",
        group_thousands(q.clusters.len() as i64),
        group_thousands(q.contacts as i64),
        group_thousands(open_groups as i64),
        q.recommended * 100.0
    ));
    if q.not_judgeable > 0 {
        ui.label(
            egui::RichText::new(format!(
                "{} customers have no name, e-mail or phone and are never matched.",
                group_thousands(q.not_judgeable as i64)
            ))
            .weak(),
        );
    }
    if q.clusters.is_empty() {
        ui.add_space(theme::GAP);
        ui.label(
            egui::RichText::new("No duplicates found: every customer is registered once.")
                .color(theme::good(dark)),
        );
        return;
    }
    bulk_ui(app, ui);
    ui.add_space(theme::GAP);
    let Some(q) = app.duplicates_tab.queue.as_ref() else {
        return;
    };
    let g = app.duplicates_tab.current.min(q.clusters.len() - 1);
    let cluster = q.clusters[g].clone();
    let n = q.clusters.len();
    ui.horizontal(|ui| {
        if ui.button("◀").on_hover_text("Previous group (←)").clicked() {
            app.duplicates_tab.current = g.checked_sub(1).unwrap_or(n - 1);
        }
        ui.label(egui::RichText::new(format!("Group {} of {}", g + 1, n)).strong());
        if ui.button("▶").on_hover_text("Next group (→)").clicked() {
            app.duplicates_tab.current = (g + 1) % n;
        }
        ui.separator();
        ui.label(format!("Certainty {:.0}%", cluster.certainty * 100.0));
        if cluster.was_split {
            ui.colored_label(
                theme::bad(dark),
                "Cut out of a longer chain: check carefully",
            );
        }
        match app.duplicates_tab.decided.get(&g) {
            Some(Decision::Merged) => {
                ui.colored_label(theme::good(dark), "Merged");
            }
            Some(Decision::NotDuplicate) => {
                ui.label("Marked as different people");
            }
            Some(Decision::Skipped) => {
                ui.label("Skipped");
            }
            None => {}
        }
    });
    for e in &cluster.explanations {
        ui.label(egui::RichText::new(format!("Why: {e}")).italics());
    }
    ui.add_space(6.0);
    compare_ui(app, ui, g, &cluster);
    ui.add_space(theme::GAP);
    let open = !app.duplicates_tab.decided.contains_key(&g);
    ui.horizontal(|ui| {
        let merge = egui::Button::new(egui::RichText::new("Merge (Y)").color(egui::Color32::WHITE))
            .fill(theme::ACCENT);
        if ui.add_enabled(open, merge).clicked() {
            app.command(Command::MergeGroup(g));
        }
        if ui
            .add_enabled(open, egui::Button::new("Not the same person (N)"))
            .clicked()
        {
            app.command(Command::NotDuplicates(g));
        }
        if ui
            .add_enabled(open, egui::Button::new("Skip (S)"))
            .clicked()
        {
            app.duplicates_tab.decide(Decision::Skipped);
        }
    });
}

/// The contacts side by side: one column per contact, one row per field; a click on a
/// value keeps it; values that differ are highlighted.
fn compare_ui(app: &mut ClienteleApp, ui: &mut egui::Ui, g: usize, cluster: &ReviewCluster) {
    let dark = ui.visuals().dark_mode;
    let tab = &mut app.duplicates_tab;
    let plan = tab.plan_for(g, cluster);
    let survivor = tab.survivor_of(g, cluster);
    let open = !tab.decided.contains_key(&g);
    let differ_fill = if dark {
        egui::Color32::from_rgb(80, 60, 20)
    } else {
        egui::Color32::from_rgb(255, 236, 190)
    };
    egui::Grid::new(("dup_compare", g))
        .striped(true)
        .spacing(egui::vec2(14.0, 6.0))
        .show(ui, |ui| {
            ui.label("");
            for (m, c) in cluster.members.iter().enumerate() {
                let title = if m == survivor {
                    format!("Customer {} (kept)", c.id)
                } else {
                    format!("Customer {}", c.id)
                };
                if ui
                    .add_enabled(open, egui::Button::selectable(m == survivor, title))
                    .on_hover_text("Keep this customer's number; the others are merged into it")
                    .clicked()
                {
                    tab.survivor.insert(g, m);
                }
            }
            ui.label(egui::RichText::new("After merging").strong());
            ui.end_row();
            ui.label(egui::RichText::new("Reference").weak());
            for c in &cluster.members {
                ui.label(c.external_ref.as_deref().unwrap_or("—"));
            }
            ui.label("");
            ui.end_row();
            for field in PLAN_FIELDS {
                let values: Vec<Option<&str>> = cluster
                    .members
                    .iter()
                    .map(|c| field_value(c, field))
                    .collect();
                if values.iter().all(Option::is_none) {
                    continue;
                }
                let differs = values.windows(2).any(|w| w[0] != w[1]);
                let kept = tab.kept_value(g, cluster, &plan, field).map(str::to_string);
                ui.label(egui::RichText::new(field.label()).weak());
                for (m, v) in values.iter().enumerate() {
                    let text = v.unwrap_or("—");
                    let chosen = v.is_some() && *v == kept.as_deref();
                    let mut rich = egui::RichText::new(text);
                    if differs {
                        rich = rich.background_color(differ_fill);
                    }
                    let button = egui::Button::selectable(chosen, rich);
                    if ui
                        .add_enabled(open && v.is_some(), button)
                        .on_hover_text("Keep this value")
                        .clicked()
                    {
                        tab.kept.insert((g, field), m);
                    }
                }
                ui.label(egui::RichText::new(kept.unwrap_or_else(|| "—".into())).strong());
                ui.end_row();
            }
        });
}

fn bulk_ui(app: &mut ClienteleApp, ui: &mut egui::Ui) {
    if app.duplicates_tab.bulk_threshold <= 0.0
        && let Some(q) = &app.duplicates_tab.queue
    {
        app.duplicates_tab.bulk_threshold = q.recommended.max(0.5);
    }
    let Some(q) = &app.duplicates_tab.queue else {
        return;
    };
    let tab = &app.duplicates_tab;
    let threshold = tab.bulk_threshold;
    let open: Vec<&ReviewCluster> = q
        .clusters
        .iter()
        .enumerate()
        .filter(|(g, c)| !tab.decided.contains_key(g) && c.certainty >= threshold)
        .map(|(_, c)| c)
        .collect();
    let groups = open.len();
    let absorbed: usize = open.iter().map(|c| c.members.len() - 1).sum();
    let mut t = threshold * 100.0;
    ui.horizontal(|ui| {
        ui.label("Merge every group above");
        ui.add(
            egui::Slider::new(&mut t, 10.0..=100.0)
                .suffix("%")
                .fixed_decimals(0),
        );
        ui.label(format!(
            "{} groups, {} customers merged away",
            group_thousands(groups as i64),
            group_thousands(absorbed as i64)
        ));
        if ui
            .add_enabled(groups > 0, egui::Button::new("Merge them…"))
            .clicked()
        {
            app.duplicates_tab.bulk_ask = true;
        }
    });
    app.duplicates_tab.bulk_threshold = t / 100.0;
    if app.duplicates_tab.bulk_ask {
        ui.horizontal(|ui| {
            ui.label(format!(
                "Merge {} groups ({} customers into others)? Each merge can be undone from the history.",
                group_thousands(groups as i64),
                group_thousands(absorbed as i64)
            ));
            if ui.button("Merge").clicked() || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                app.duplicates_tab.bulk_ask = false;
                app.command(Command::MergeAbove(app.duplicates_tab.bulk_threshold));
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                app.duplicates_tab.bulk_ask = false;
            }
        });
    }
}

fn history_ui(app: &mut ClienteleApp, ui: &mut egui::Ui) {
    ui.heading("Merge history");
    let Some(merges) = app.duplicates_tab.merges.clone() else {
        ui.spinner();
        return;
    };
    if merges.is_empty() {
        ui.label("No customers have been merged yet.");
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("merge_history_scroll")
        .show(ui, |ui| {
            egui::Grid::new("merge_history_grid")
                .striped(true)
                .spacing(egui::vec2(14.0, 4.0))
                .show(ui, |ui| {
                    for h in [
                        "Merge",
                        "Kept",
                        "Merged into it",
                        "Certainty",
                        "By",
                        "When",
                        "",
                    ] {
                        ui.label(egui::RichText::new(h).strong());
                    }
                    ui.end_row();
                    for m in merges.iter().take(500) {
                        ui.label(m.id.to_string());
                        ui.label(format!("{} ({})", m.survivor_name, m.survivor_id));
                        ui.label(format!("{} ({})", m.absorbed_name, m.absorbed_id));
                        ui.label(m.score.map_or("—".into(), |s| format!("{:.0}%", s * 100.0)));
                        ui.label(m.decided_by.as_str());
                        ui.label(m.merged_at.get(..16).unwrap_or(&m.merged_at));
                        if let Some(undone) = &m.undone_at {
                            ui.label(format!("undone {}", undone.get(..16).unwrap_or(undone)));
                        } else if ui.button("Unmerge").clicked() {
                            app.command(Command::Unmerge(m.id));
                        }
                        ui.end_row();
                    }
                });
        });
}
