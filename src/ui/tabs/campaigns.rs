//! The Campaigns screen (issue 24): the campaigns made so far, newest first, each with its
//! results as of today (customers, responders and response rate of the target and the
//! control group, the uplift with its 95% interval, and the verdict in plain words); and a
//! form that creates a campaign and says what it can detect and who was left out.
//!
//! Each campaign also shows the uplift in revenue per customer with its interval, the extra
//! revenue and, with a cost, the return, and a button that makes its report (PDF) and asks
//! where to save it.
//!
//! The list and the creation run on the worker (progress in the status bar); the list is
//! asked for again when the shop's data changes and after a campaign is created.

use std::sync::Arc;

use crate::analytics::campaign::{
    CampaignResults, DEFAULT_CONTROL_SHARE, DEFAULT_WINDOW_DAYS, GroupFigures, Goal, MAX_WINDOW_DAYS, Response,
    Target, TargetKind,
};
use crate::jobs::{CampaignRequest, Event, Request};
use crate::service::campaign::{CampaignSpec, Created, Measured};
use crate::store::{Channel, LeftOut};
use crate::text::{local, render, ui_lang};
use crate::ui::screen::{Cx, Screen};
use crate::ui::theme;

/// What the "New campaign" form holds.
struct Form {
    name: String,
    goal: Goal,
    kind: TargetKind,
    list: String,
    channel: Channel,
    control_percent: f64,
    window_days: u32,
    response: String,
    cost: String,
}

impl Default for Form {
    fn default() -> Self {
        Self {
            name: String::new(),
            goal: Goal::Announce,
            kind: TargetKind::Segment,
            list: String::new(),
            channel: Channel::Email,
            control_percent: DEFAULT_CONTROL_SHARE * 100.0,
            window_days: DEFAULT_WINDOW_DAYS,
            response: String::new(),
            cost: String::new(),
        }
    }
}

impl Form {
    /// The campaign the form asks for, or why it cannot be read.
    fn spec(&self) -> Result<CampaignSpec, String> {
        let target = Target {
            kind: self.kind,
            name: self.list.trim().to_string(),
        };
        let response = if self.response.trim().is_empty() {
            Response::Any
        } else {
            Response::parse(&self.response).map_err(|e| local(&e))?
        };
        let cost = if self.cost.trim().is_empty() {
            None
        } else {
            let cost = self.cost.trim().replace(',', ".");
            Some(cost.parse::<f64>().map_err(|_| {
                local(&crate::analytics::campaign::CampaignError::Cost(f64::NAN))
            })?)
        };
        let mut spec = CampaignSpec::new(self.name.trim(), target);
        spec.goal = self.goal;
        spec.channel = self.channel;
        spec.control_share = self.control_percent / 100.0;
        spec.window_days = self.window_days;
        spec.response = response;
        spec.cost_per_contact = cost;
        Ok(spec)
    }
}

/// The Campaigns screen's own state.
#[derive(Default)]
pub struct CampaignsScreen {
    /// The job listing the campaigns.
    job: Option<u64>,
    /// The data generation the list was asked for.
    asked: Option<u64>,
    /// The campaigns with their results, newest first.
    made: Option<Arc<Vec<Measured>>>,
    /// Why the list could not be made.
    error: Option<String>,
    /// Whether the form is open.
    form_open: bool,
    form: Form,
    /// The job creating a campaign.
    creating: Option<u64>,
    /// The campaign just created.
    created: Option<Arc<Created>>,
    /// Why the last creation failed.
    create_error: Option<String>,
    /// The job making a campaign's report.
    reporting: Option<u64>,
    /// Why the last report could not be made.
    report_error: Option<String>,
}

impl Screen for CampaignsScreen {
    fn title(&self) -> String {
        crate::tr!("campaigns-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        if cx.stats.is_some() && self.job.is_none() && self.asked != Some(cx.data_generation) {
            self.start(cx);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("campaigns_screen")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    self.draw(cx, ui);
                });
        });
    }

    fn on_command(&mut self, cx: &mut Cx, command: &crate::ui::app::Command) {
        if let crate::ui::app::Command::StartCampaign(target) = command {
            // The form keeps what else was typed; the list and a fitting goal change.
            self.form.kind = target.kind;
            self.form.list = target.name.clone();
            self.form.goal = goal_for(target.kind);
            self.form_open = true;
            self.created = None;
            self.create_error = None;
            cx.command(crate::ui::app::Command::SwitchTab(crate::ui::app::Tab::CAMPAIGNS));
        }
    }

    fn on_event(&mut self, cx: &mut Cx, event: &Event) {
        match event {
            Event::Campaigns { job, result } if self.job == Some(*job) => {
                self.job = None;
                match result {
                    Ok(made) => {
                        self.error = None;
                        self.made = Some(made.clone());
                    }
                    Err(e) => self.error = Some(local(e.as_ref())),
                }
            }
            Event::CampaignCreated { job, result } if self.creating == Some(*job) => {
                self.creating = None;
                match result {
                    Ok(made) => {
                        self.create_error = None;
                        self.created = Some(made.clone());
                        self.form = Form::default();
                        // The list is asked for again with the new campaign.
                        self.asked = None;
                    }
                    Err(e) => self.create_error = Some(local(e.as_ref())),
                }
            }
            Event::CampaignReport { job, result } if self.reporting == Some(*job) => {
                self.reporting = None;
                match result {
                    Ok((name, pdf)) => {
                        self.report_error = None;
                        // The usual save dialog, then the worker writes the file.
                        cx.command(crate::ui::app::Command::SaveReport {
                            file_name: format!("{}.pdf", crate::format::file_stem(name)),
                            pdf: pdf.clone(),
                        });
                    }
                    Err(e) => self.report_error = Some(local(e.as_ref())),
                }
            }
            _ => {}
        }
    }
}

impl CampaignsScreen {
    /// Asks for the campaigns and their results.
    fn start(&mut self, cx: &mut Cx) {
        let (job, _) = cx.restart_job(
            &mut self.job,
            &crate::tr!("campaigns-job"),
            &crate::tr!("campaigns-job-starting"),
        );
        self.asked = Some(cx.data_generation);
        cx.send(Request::Campaigns(CampaignRequest::List { job }));
    }

    fn draw(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading(crate::tr!("campaigns-title"));
            ui.add_space(theme::GAP);
            if ui
                .selectable_label(self.form_open, crate::tr!("campaigns-new"))
                .clicked()
            {
                self.form_open = !self.form_open;
            }
        });
        if cx.stats.is_none() {
            return;
        }
        if self.form_open {
            self.form_ui(cx, ui);
            ui.separator();
        }
        if let Some(job) = self.job {
            ui.horizontal(|ui| {
                ui.spinner();
                crate::ui::widgets::job_progress_ui(ui, cx, job);
            });
        }
        if crate::ui::widgets::failed_ui(ui, self.error.as_deref()) {
            self.start(cx);
        }
        let Some(made) = self.made.clone() else {
            return;
        };
        if made.is_empty() {
            ui.add_space(8.0);
            ui.label(crate::tr!("campaigns-empty"));
            return;
        }
        if let Some(e) = &self.report_error {
            ui.label(egui::RichText::new(e).color(theme::bad(ui.visuals().dark_mode)));
        }
        for (i, m) in made.iter().enumerate() {
            ui.add_space(theme::GAP);
            let busy = self.reporting.is_some();
            if campaign_ui(cx, ui, i, m, busy) {
                self.make_report(cx, &m.campaign.name);
            }
        }
        if let Some(job) = self.reporting {
            ui.horizontal(|ui| {
                ui.spinner();
                crate::ui::widgets::job_progress_ui(ui, cx, job);
            });
        }
    }

    /// Asks the worker for a campaign's report in the window's language.
    fn make_report(&mut self, cx: &mut Cx, name: &str) {
        let (job, _) = cx.restart_job(
            &mut self.reporting,
            &crate::tr!("campaigns-report-job"),
            &crate::tr!("campaigns-job-starting"),
        );
        self.report_error = None;
        cx.send(Request::Campaigns(CampaignRequest::Report {
            job,
            name: name.to_string(),
            lang: ui_lang(),
        }));
    }

    fn form_ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        let f = &mut self.form;
        egui::Grid::new("campaign_form")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                ui.label(crate::tr!("campaigns-form-name"));
                ui.add(
                    egui::TextEdit::singleline(&mut f.name)
                        .hint_text(crate::tr!("campaigns-form-name-hint"))
                        .desired_width(260.0),
                );
                ui.end_row();
                ui.label(crate::tr!("campaigns-form-goal"));
                egui::ComboBox::from_id_salt("campaign_goal")
                    .selected_text(goal_word(f.goal))
                    .show_ui(ui, |ui| {
                        for g in Goal::ALL {
                            ui.selectable_value(&mut f.goal, g, goal_word(g));
                        }
                    });
                ui.end_row();
                ui.label(crate::tr!("campaigns-form-target"));
                ui.horizontal(|ui| {
                    egui::ComboBox::from_id_salt("campaign_kind")
                        .selected_text(kind_word(f.kind))
                        .show_ui(ui, |ui| {
                            for k in TargetKind::ALL {
                                ui.selectable_value(&mut f.kind, k, kind_word(k));
                            }
                        });
                    ui.add(
                        egui::TextEdit::singleline(&mut f.list)
                            .hint_text(crate::tr!("campaigns-form-list-hint"))
                            .desired_width(200.0),
                    );
                });
                ui.end_row();
                ui.label(crate::tr!("campaigns-form-channel"));
                ui.horizontal(|ui| {
                    for c in Channel::ALL {
                        ui.selectable_value(&mut f.channel, c, channel_text(c));
                    }
                });
                ui.end_row();
                ui.label(crate::tr!("campaigns-form-control"));
                ui.add(
                    egui::Slider::new(&mut f.control_percent, 5.0..=50.0)
                        .step_by(1.0)
                        .fixed_decimals(0)
                        .suffix(cx.formats.percent_sign()),
                );
                ui.end_row();
                ui.label(crate::tr!("campaigns-form-window"));
                ui.add(egui::DragValue::new(&mut f.window_days).range(1..=MAX_WINDOW_DAYS));
                ui.end_row();
                ui.label(crate::tr!("campaigns-form-response"));
                ui.add(
                    egui::TextEdit::singleline(&mut f.response)
                        .hint_text(crate::tr!("campaigns-form-response-hint"))
                        .desired_width(200.0),
                );
                ui.end_row();
                ui.label(crate::tr!("campaigns-form-cost"));
                ui.add(
                    egui::TextEdit::singleline(&mut f.cost)
                        .hint_text(crate::tr!("campaigns-form-cost-hint"))
                        .desired_width(100.0),
                );
                ui.end_row();
            });
        ui.horizontal(|ui| {
            let ready = self.creating.is_none()
                && !self.form.name.trim().is_empty()
                && !self.form.list.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(crate::tr!("campaigns-form-create")))
                .clicked()
            {
                match self.form.spec() {
                    Ok(spec) => {
                        let (job, cancel) = cx.restart_job(
                            &mut self.creating,
                            &crate::tr!("campaigns-creating"),
                            &crate::tr!("campaigns-job-starting"),
                        );
                        self.created = None;
                        self.create_error = None;
                        cx.send(Request::Campaigns(CampaignRequest::Create {
                            job,
                            spec: Box::new(spec),
                            cancel,
                        }));
                    }
                    Err(e) => self.create_error = Some(e),
                }
            }
            if let Some(job) = self.creating {
                ui.spinner();
                crate::ui::widgets::job_progress_ui(ui, cx, job);
            }
        });
        if let Some(e) = &self.create_error {
            ui.label(egui::RichText::new(e).color(theme::bad(ui.visuals().dark_mode)));
        }
        if let Some(made) = &self.created {
            let c = &made.campaign;
            ui.strong(crate::tr!(
                "campaigns-created",
                name = c.name.as_str(),
                target = (c.detectable.target as i64),
                control = (c.detectable.control as i64)
            ));
            ui.label(local(&c.detectable));
            if !made.left_out.is_empty() {
                ui.label(crate::tr!(
                    "campaigns-left-out",
                    no_consent = (made.left_out_for(LeftOut::NoConsent) as i64),
                    said_no = (made.left_out_for(LeftOut::SaidNo) as i64),
                    no_address = (made.left_out_for(LeftOut::NoAddress) as i64)
                ));
            }
        }
    }
}

/// One campaign: its name and window, the two groups' figures, the uplift in response rate
/// and in revenue per customer, what it brought, the return and the verdict. Returns
/// whether its report was asked for.
fn campaign_ui(cx: &Cx, ui: &mut egui::Ui, i: usize, m: &Measured, busy: bool) -> bool {
    let c = &m.campaign;
    let f = cx.formats;
    let mut report = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(c.name.as_str()).strong().size(16.0));
            ui.add_space(theme::GAP);
            report = ui
                .add_enabled(
                    !busy,
                    egui::Button::new(crate::tr!("campaigns-report-save")),
                )
                .clicked();
        });
        ui.label(crate::tr!(
            "campaigns-about",
            channel = channel_text(c.channel),
            target = c.target.text(),
            start = f.date(c.start),
            end = f.date(m.window_end)
        ));
        let r = &m.results;
        egui::Grid::new(("campaign_groups", i))
            .num_columns(4)
            .spacing([24.0, 4.0])
            .striped(true)
            .show(ui, |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                ui.label("");
                ui.strong(crate::tr!("campaigns-customers"));
                ui.strong(crate::tr!("campaigns-responders"));
                ui.strong(crate::tr!("campaigns-rate"));
                ui.end_row();
                let row = |ui: &mut egui::Ui, name: String, g: &GroupFigures| {
                    ui.label(name);
                    ui.label(f.int(g.customers as i64));
                    ui.label(f.int(g.responders as i64));
                    ui.label(if g.rate.is_finite() {
                        f.percent(g.rate)
                    } else {
                        String::new()
                    });
                    ui.end_row();
                };
                row(ui, crate::tr!("campaigns-target-group"), &r.target);
                row(ui, crate::tr!("campaigns-control-group"), &r.control);
            });
        if let Some(u) = r.uplift
            && u.rate_diff.is_finite()
        {
            let points = |x: f64| f.one_decimal(x * 100.0);
            ui.label(crate::tr!(
                "campaigns-uplift",
                diff = points(u.rate_diff),
                low = points(u.rate_lo95),
                high = points(u.rate_hi95)
            ));
            money_ui(ui, f, r);
        }
        ui.label(egui::RichText::new(local(&r.verdict)).strong());
    });
    report
}

/// The money: the uplift in revenue per customer with its interval, the extra revenue and,
/// with a cost, the return.
fn money_ui(ui: &mut egui::Ui, f: &crate::format::Formats, r: &CampaignResults) {
    use crate::report::campaign::{money, two_decimals};
    if let Some(u) = r.uplift
        && u.revenue_per_customer_diff.is_finite()
        && u.rpc_lo95.is_finite()
        && u.rpc_hi95.is_finite()
    {
        ui.label(crate::tr!(
            "campaigns-rpc-uplift",
            diff = money(f, u.revenue_per_customer_diff),
            low = money(f, u.rpc_lo95),
            high = money(f, u.rpc_hi95)
        ));
    }
    if let Some(extra) = r.incremental_revenue.filter(|x| x.is_finite()) {
        ui.label(crate::tr!("campaigns-extra-revenue", revenue = money(f, extra)));
    }
    if let Some(ret) = r.return_on_cost {
        let per = if ret.per_unit_cost.is_finite() {
            two_decimals(f, ret.per_unit_cost)
        } else {
            String::from("–")
        };
        ui.label(crate::tr!(
            "campaigns-return",
            cost = money(f, ret.cost),
            net = money(f, ret.net),
            per = per
        ));
    }
}

fn channel_text(c: Channel) -> String {
    render(ui_lang(), &crate::text::campaign::channel_word(c))
}

fn goal_word(g: Goal) -> String {
    render(ui_lang(), &crate::text::campaign::goal_word(g))
}

/// The goal a campaign started from a list most likely has: win back those slipping away
/// or unhappy, offer a product to those it is suggested to, otherwise announce.
fn goal_for(kind: TargetKind) -> Goal {
    match kind {
        TargetKind::Predict | TargetKind::Feedback => Goal::WinBack,
        TargetKind::Offer => Goal::CrossSell,
        TargetKind::Segment | TargetKind::Saved | TargetKind::Tier | TargetKind::Stage => {
            Goal::Announce
        }
    }
}

fn kind_word(k: TargetKind) -> String {
    render(ui_lang(), &crate::text::campaign::target_kind_word(k))
}
