//! The Duplicates tab: find likely duplicates as a background job, review them one group
//! at a time (side by side, differing values highlighted, the kept value of each field
//! chosen by a click), decide with Y (merge), N (not the same person), S (skip) and the
//! arrow keys, merge every group above a certainty at once, and undo merges from the
//! history. Every decision is saved at once, so closing the window loses no work.

use crate::tr;
use std::collections::HashMap;

use crate::dedup::plan::{PLAN_FIELDS, field_value, plan_with_survivor};
use crate::dedup::review::{DuplicateQueue, ReviewCluster};
use crate::format::Formats;
use crate::model::{ContactField, DecidedBy, MergePlan};
use crate::jobs::{Event, Request};
use crate::store::MergeRow;
use crate::ui::app::Command;
use crate::ui::screen::{Cx, Screen};
use crate::ui::theme;
use crate::ui::widgets::job_progress_ui;

/// What happened to a group in this review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Merged,
    NotDuplicate,
    Skipped,
}

/// The tab's state.
#[derive(Default)]
pub struct DuplicatesScreen {
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
    /// Browsing the groups below the threshold ("Possible, unlikely") instead of the queue.
    pub unlikely: bool,
    /// The customers (kept, merged into it) of merges being undone, to reopen their group.
    pub unmerging: Vec<(i64, i64)>,
}

impl DuplicatesScreen {
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

    /// The groups browsed now, by position in the queue: those at or above the threshold,
    /// or (when browsing them) those below it.
    pub fn browsed(&self) -> Vec<usize> {
        let Some(q) = &self.queue else {
            return Vec::new();
        };
        q.clusters
            .iter()
            .enumerate()
            .filter(|(_, c)| (c.certainty >= q.threshold) != self.unlikely)
            .map(|(g, _)| g)
            .collect()
    }

    /// How many groups are at or above the threshold, and how many below it.
    pub fn likely_and_unlikely(&self) -> (usize, usize) {
        let Some(q) = &self.queue else {
            return (0, 0);
        };
        let likely = q
            .clusters
            .iter()
            .filter(|c| c.certainty >= q.threshold)
            .count();
        (likely, q.clusters.len() - likely)
    }

    /// The group shown: `current` when it is among those browsed, else the first of them.
    pub fn shown(&self) -> Option<usize> {
        let browsed = self.browsed();
        if browsed.contains(&self.current) {
            Some(self.current)
        } else {
            browsed.first().copied()
        }
    }

    /// Moves `step` groups (-1 or 1) among those browsed, round the end.
    pub fn step(&mut self, step: i64) {
        let browsed = self.browsed();
        if browsed.is_empty() {
            return;
        }
        let n = browsed.len() as i64;
        let at = browsed.iter().position(|g| *g == self.current).unwrap_or(0) as i64;
        self.current = browsed[(at + step).rem_euclid(n) as usize];
    }

    /// Moves to the next group nobody decided, after `from`, among those browsed.
    fn next_open(&mut self, from: usize) {
        let browsed = self.browsed();
        let n = browsed.len();
        if n == 0 {
            return;
        }
        let at = browsed.iter().position(|g| *g == from).unwrap_or(0);
        for step in 1..=n {
            let g = browsed[(at + step) % n];
            if !self.decided.contains_key(&g) {
                self.current = g;
                return;
            }
        }
        self.current = browsed[(at + 1).min(n - 1)];
    }

    /// Reopens the groups holding both customers of a merge that was undone; the field
    /// choices made on them are kept.
    pub fn reopen_unmerged(&mut self) {
        let Some(q) = &self.queue else {
            self.unmerging.clear();
            return;
        };
        for (kept, absorbed) in self.unmerging.drain(..) {
            for (g, c) in q.clusters.iter().enumerate() {
                let holds = |id: i64| c.members.iter().any(|m| m.id == id);
                if holds(kept) && holds(absorbed) && self.decided.get(&g) == Some(&Decision::Merged)
                {
                    self.decided.remove(&g);
                }
            }
        }
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

impl Screen for DuplicatesScreen {
    fn title(&self) -> String {
        crate::tr!("duplicates-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        draw(self, cx, ui);
    }

    fn on_event(&mut self, cx: &mut Cx, event: &Event) {
        match event {
            Event::Duplicates { job, result } if self.find_job == Some(*job) => {
                self.find_job = None;
                match result {
                    Ok(queue) => {
                        self.queue = Some((**queue).clone());
                        self.bulk_threshold = 0.0;
                        self.unlikely = false;
                        self.decided.clear();
                        self.survivor.clear();
                        self.kept.clear();
                        self.current = 0;
                    }
                    Err(e) => cx.notify(crate::text::local(e.as_ref()), true),
                }
            }
            Event::Merged {
                groups,
                result: Ok(_),
                ..
            } => {
                for g in groups {
                    self.decided.insert(*g, Decision::Merged);
                }
                if self.decided.contains_key(&self.current) {
                    self.decide_moved();
                }
            }
            Event::NotDuplicates {
                group,
                result: Ok(()),
            } => {
                if self.current == *group {
                    self.decide(Decision::NotDuplicate);
                } else {
                    self.decided.insert(*group, Decision::NotDuplicate);
                }
            }
            Event::Merges(rows) => self.merges = Some(rows.clone()),
            Event::Unmerged(Ok(_)) => self.reopen_unmerged(),
            Event::Unmerged(Err(_)) => self.unmerging.clear(),
            _ => {}
        }
    }

    fn on_command(&mut self, cx: &mut Cx, command: &Command) {
        match command {
            Command::FindDuplicates if self.find_job.is_none() => {
                let (id, cancel) = cx.start_job(&tr!("duplicates-job-find"), &tr!("duplicates-job-starting"));
                self.find_job = Some(id);
                self.started = true;
                cx.send(Request::FindDuplicates { job: id, cancel });
            }
            Command::MergeGroup(g) => {
                if let Some(c) = self.queue.as_ref().and_then(|q| q.clusters.get(*g)) {
                    let plan = self.plan_for(*g, c);
                    merge(cx, vec![plan], vec![*g], &tr!("duplicates-job-merge-one"));
                }
            }
            Command::MergeAbove(threshold) => {
                let (mut plans, mut groups) = (Vec::new(), Vec::new());
                if let Some(q) = &self.queue {
                    for (g, c) in q.clusters.iter().enumerate() {
                        if c.certainty >= *threshold && !self.decided.contains_key(&g) {
                            let mut plan = self.plan_for(g, c);
                            plan.decided_by = DecidedBy::User;
                            plans.push(plan);
                            groups.push(g);
                        }
                    }
                }
                if !plans.is_empty() {
                    merge(cx, plans, groups, &tr!("duplicates-job-merge-many"));
                }
            }
            Command::NotDuplicates(g) => {
                if let Some(c) = self.queue.as_ref().and_then(|q| q.clusters.get(*g)) {
                    let ids = c.members.iter().map(|m| m.id).collect();
                    cx.send(Request::NotDuplicates { group: *g, ids });
                }
            }
            Command::LoadMerges => cx.send(Request::LoadMerges),
            Command::Unmerge(id) => cx.send(Request::Unmerge(vec![*id])),
            _ => {}
        }
    }
}

/// Saves merges as a job with progress.
fn merge(cx: &mut Cx, plans: Vec<MergePlan>, groups: Vec<usize>, label: &str) {
    let (id, cancel) = cx.start_job(label, &tr!("duplicates-job-starting"));
    cx.send(Request::Merge {
        job: id,
        plans,
        groups,
        cancel,
    });
}

/// Draws the tab.
fn draw(this: &mut DuplicatesScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    if !this.merges_requested {
        this.merges_requested = true;
        cx.command(Command::LoadMerges);
    }
    if !this.started && this.find_job.is_none() {
        this.started = true;
        cx.command(Command::FindDuplicates);
    }
    keys(this, cx, ui.ctx());
    egui::Panel::bottom("merge_history")
        .resizable(true)
        .default_size(180.0)
        .show(ui, |ui| history_ui(this, cx, ui));
    egui::CentralPanel::default().show(ui, |ui| {
        // Groups of many customers are wider than a small window: it scrolls both ways.
        egui::ScrollArea::both()
            .id_salt("duplicates_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| review_ui(this, cx, ui));
    });
}

fn keys(this: &mut DuplicatesScreen, cx: &mut Cx, ctx: &egui::Context) {
    if ctx.egui_wants_keyboard_input() || this.bulk_ask {
        return;
    }
    let Some(current) = this.shown() else {
        return;
    };
    this.current = current;
    let (y, no, s, left, right) = ctx.input(|i| {
        (
            i.key_pressed(egui::Key::Y),
            i.key_pressed(egui::Key::N),
            i.key_pressed(egui::Key::S),
            i.key_pressed(egui::Key::ArrowLeft) || i.key_pressed(egui::Key::ArrowUp),
            i.key_pressed(egui::Key::ArrowRight) || i.key_pressed(egui::Key::ArrowDown),
        )
    });
    let tab = &mut *this;
    let open = !tab.decided.contains_key(&tab.current);
    // Y merges only in the queue: an unlikely group is merged with the button.
    if y && open && !tab.unlikely {
        cx.command(Command::MergeGroup(current));
    } else if no && open {
        cx.command(Command::NotDuplicates(current));
    } else if s && open {
        this.decide(Decision::Skipped);
    } else if left {
        tab.step(-1);
    } else if right {
        tab.step(1);
    }
}

/// An explanation as the owner reads it: the pair's score at the end, `(0.97)`, becomes
/// "certainty 97%", written as the shop's locale writes percentages.
pub fn explanation_text(e: &crate::dedup::Explanation, formats: &Formats) -> String {
    tr!(
        "duplicates-reason-certainty",
        reason = crate::text::dedup::reason(crate::text::ui_lang(), e),
        certainty = formats.percent_whole(e.score)
    )
}

/// The detection job's progress with its percentage and a Cancel button.
fn find_progress_ui(this: &mut DuplicatesScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    let Some(id) = this.find_job else {
        return;
    };
    if cx.job(id).is_none() {
        return;
    }
    ui.horizontal(|ui| {
        ui.spinner();
        job_progress_ui(ui, cx, id);
    });
}

fn review_ui(this: &mut DuplicatesScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal(|ui| {
        ui.heading(crate::tr!("duplicates-duplicates"));
        let running = this.find_job.is_some();
        if ui
            .add_enabled(!running, egui::Button::new(crate::tr!("duplicates-find-duplicates-again")))
            .on_hover_text(
                crate::tr!("duplicates-compares-every-customer-with-the"),
            )
            .clicked()
        {
            cx.command(Command::FindDuplicates);
        }
    });
    if this.queue.is_none() {
        ui.label(crate::tr!("duplicates-looking-for-customers-registered-more"));
    }
    find_progress_ui(this, cx, ui);
    let Some(q) = this.queue.as_ref() else {
        return;
    };
    let tab = &*this;
    let (likely, unlikely) = tab.likely_and_unlikely();
    let open_groups = q
        .clusters
        .iter()
        .enumerate()
        .filter(|(g, c)| c.certainty >= q.threshold && !tab.decided.contains_key(g))
        .count();
    ui.label(tr!(
        "duplicates-summary",
        groups = (likely as i64),
        shown_groups = cx.formats.int(likely as i64),
        customers = (q.contacts as i64),
        shown_customers = cx.formats.int(q.contacts as i64),
        open = cx.formats.int(open_groups as i64),
        threshold = cx.formats.percent_whole(q.recommended)
    ));
    if q.not_judgeable > 0 {
        ui.label(
            egui::RichText::new(tr!(
                "duplicates-not-judgeable",
                count = (q.not_judgeable as i64),
                shown = cx.formats.int(q.not_judgeable as i64)
            ))
            .weak(),
        );
    }
    crate::ui::widgets::dedup_diagnostics::diagnostics_ui(ui, cx.formats, q);
    if unlikely > 0 {
        ui.horizontal(|ui| {
            let browsing = this.unlikely;
            if ui
                .selectable_label(!browsing, tr!("duplicates-likely-tab", shown = cx.formats.int(likely as i64)))
                .clicked()
            {
                this.unlikely = false;
            }
            if ui
                .selectable_label(browsing, tr!("duplicates-unlikely-tab", shown = cx.formats.int(unlikely as i64)))
                .on_hover_text(crate::tr!("duplicates-groups-below-the-threshold-look"))
                .clicked()
            {
                this.unlikely = true;
            }
        });
    }
    if likely == 0 && !this.unlikely {
        ui.add_space(theme::GAP);
        ui.label(
            egui::RichText::new(
                crate::tr!("duplicates-no-likely-duplicates-found-every"),
            )
            .color(theme::good(dark)),
        );
        return;
    }
    if !this.unlikely {
        bulk_ui(this, cx, ui);
    } else {
        ui.label(
            egui::RichText::new(
                crate::tr!("duplicates-these-groups-are-below-the"),
            )
            .weak(),
        );
    }
    ui.add_space(theme::GAP);
    let Some(g) = this.shown() else {
        return;
    };
    this.current = g;
    let Some(q) = this.queue.as_ref() else {
        return;
    };
    let cluster = q.clusters[g].clone();
    let browsed = this.browsed();
    let n = browsed.len();
    let at = browsed.iter().position(|b| *b == g).unwrap_or(0);
    let unlikely_view = this.unlikely;
    ui.horizontal(|ui| {
        if ui.button("◀").on_hover_text(crate::tr!("duplicates-previous-group")).clicked() {
            this.step(-1);
        }
        ui.label(egui::RichText::new(tr!("duplicates-group-of", at = (at as i64 + 1), count = (n as i64))).strong());
        if ui.button("▶").on_hover_text(crate::tr!("duplicates-next-group")).clicked() {
            this.step(1);
        }
        ui.separator();
        if unlikely_view {
            ui.label(tr!(
                "duplicates-certainty-unlikely",
                certainty = cx.formats.percent_whole(cluster.certainty)
            ));
        } else {
            ui.label(tr!(
                "duplicates-certainty",
                certainty = cx.formats.percent_whole(cluster.certainty)
            ));
        }
        if cluster.was_split {
            ui.colored_label(
                theme::bad(dark),
                tr!("duplicates-cut-from-chain"),
            );
        }
        match this.decided.get(&g) {
            Some(Decision::Merged) => {
                ui.colored_label(theme::good(dark), tr!("duplicates-merged"));
            }
            Some(Decision::NotDuplicate) => {
                ui.label(crate::tr!("duplicates-marked-as-different-people"));
            }
            Some(Decision::Skipped) => {
                ui.label(crate::tr!("duplicates-skipped"));
            }
            None => {}
        }
    });
    for e in &cluster.explanations {
        ui.label(egui::RichText::new(tr!("duplicates-why", reason = explanation_text(e, cx.formats))).italics());
    }
    ui.add_space(6.0);
    compare_ui(this, ui, g, &cluster);
    ui.add_space(theme::GAP);
    let open = !this.decided.contains_key(&g);
    ui.horizontal(|ui| {
        let merge = if unlikely_view {
            egui::Button::new(crate::tr!("duplicates-merge-anyway"))
        } else {
            egui::Button::new(egui::RichText::new(crate::tr!("duplicates-merge-y")).color(egui::Color32::WHITE))
                .fill(theme::ACCENT)
        };
        if ui.add_enabled(open, merge).clicked() {
            cx.command(Command::MergeGroup(g));
        }
        if ui
            .add_enabled(open, egui::Button::new(crate::tr!("duplicates-not-the-same-person-n")))
            .clicked()
        {
            cx.command(Command::NotDuplicates(g));
        }
        if ui
            .add_enabled(open, egui::Button::new(crate::tr!("duplicates-skip-s")))
            .clicked()
        {
            this.decide(Decision::Skipped);
        }
    });
}

/// The contacts side by side: one column per contact, one row per field; a click on a
/// value keeps it; values that differ are highlighted.
fn compare_ui(this: &mut DuplicatesScreen, ui: &mut egui::Ui, g: usize, cluster: &ReviewCluster) {
    let dark = ui.visuals().dark_mode;
    let tab = &mut *this;
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
                    tr!("duplicates-customer-kept", id = c.id.to_string())
                } else {
                    tr!("duplicates-customer", id = c.id.to_string())
                };
                if ui
                    .add_enabled(open, egui::Button::selectable(m == survivor, title))
                    .on_hover_text(crate::tr!("duplicates-keep-this-customer-s-number"))
                    .clicked()
                {
                    tab.survivor.insert(g, m);
                }
            }
            ui.label(egui::RichText::new(crate::tr!("duplicates-after-merging")).strong());
            ui.end_row();
            ui.label(egui::RichText::new(crate::tr!("duplicates-reference")).weak());
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
                ui.label(egui::RichText::new(crate::ui::widgets::field_label(field)).weak());
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
                        .on_hover_text(crate::tr!("duplicates-keep-this-value"))
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

fn bulk_ui(this: &mut DuplicatesScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    if this.bulk_threshold <= 0.0
        && let Some(q) = &this.queue
    {
        this.bulk_threshold = q.recommended;
    }
    let Some(q) = &this.queue else {
        return;
    };
    let tab = &*this;
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
    let mut changed = false;
    // The groups above the threshold and the customers merged into others, counted.
    let (g, a) = (groups as i64, absorbed as i64);
    let (gs, ms) = (cx.formats.int(g), cx.formats.int(a));
    ui.horizontal(|ui| {
        ui.label(crate::tr!("duplicates-merge-every-group-above"));
        // The value is written back only when moved (it starts at the suggested threshold
        // exactly; the slider shows it rounded).
        changed = ui
            .add(
                egui::Slider::new(&mut t, 1.0..=100.0)
                    .suffix(cx.formats.percent_sign())
                    .custom_formatter(|v, _| format!("{v:.0}")),
            )
            .changed();
        ui.label(tr!("duplicates-bulk-count", n = g, n_shown = gs.as_str(), m = a, m_shown = ms.as_str()));
        if ui
            .add_enabled(groups > 0, egui::Button::new(crate::tr!("duplicates-merge-them")))
            .clicked()
        {
            this.bulk_ask = true;
        }
    });
    if changed {
        this.bulk_threshold = t / 100.0;
    }
    if this.bulk_ask {
        ui.horizontal(|ui| {
            ui.label(tr!("duplicates-merge-ask", n = g, n_shown = gs.as_str(), m = a, m_shown = ms.as_str()));
            if ui.button(crate::tr!("duplicates-merge")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                this.bulk_ask = false;
                cx.command(Command::MergeAbove(this.bulk_threshold));
            }
            if ui.button(crate::tr!("duplicates-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                this.bulk_ask = false;
            }
        });
    }
}

fn history_ui(this: &mut DuplicatesScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    ui.heading(crate::tr!("duplicates-merge-history"));
    let Some(merges) = this.merges.clone() else {
        ui.spinner();
        return;
    };
    if merges.is_empty() {
        ui.label(crate::tr!("duplicates-no-customers-have-been-merged"));
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
                        tr!("duplicates-history-merge"),
                        tr!("duplicates-history-kept"),
                        tr!("duplicates-history-merged-into"),
                        tr!("duplicates-history-certainty"),
                        tr!("duplicates-history-by"),
                        tr!("duplicates-history-when"),
                        String::new(),
                    ] {
                        ui.label(egui::RichText::new(h).strong());
                    }
                    ui.end_row();
                    for m in merges.iter().take(500) {
                        ui.label(m.id.to_string());
                        ui.label(format!("{} ({})", m.survivor_name, m.survivor_id));
                        ui.label(format!("{} ({})", m.absorbed_name, m.absorbed_id));
                        ui.label(m.score.map_or("—".into(), |s| cx.formats.percent_whole(s)));
                        ui.label(match m.decided_by {
                            DecidedBy::User => tr!("duplicates-by-user"),
                            DecidedBy::Automatic => tr!("duplicates-by-auto"),
                        });
                        ui.label(m.merged_at.get(..16).unwrap_or(&m.merged_at));
                        if let Some(undone) = &m.undone_at {
                            let when: &str = undone.get(..16).unwrap_or(undone);
                            ui.label(tr!("duplicates-history-undone", when = when));
                        } else if ui.button(crate::tr!("duplicates-unmerge")).clicked() {
                            this
                                .unmerging
                                .push((m.survivor_id, m.absorbed_id));
                            cx.command(Command::Unmerge(m.id));
                        }
                        ui.end_row();
                    }
                });
        });
}
