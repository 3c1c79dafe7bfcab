//! The campaign report's pages (issue 24), laid out with the printed report's page
//! builder: the campaign, its two groups with a small chart of their response rates and
//! 95% intervals, what the contact brought, the verdict, and who was left out.

use super::{
    ACCENT, Align, BAR, BODY, Cell, INK, Item, Layout, MARGIN, MUTED, RULE, cell, col, draw,
    wrapping,
};
use crate::analytics::campaign::stats::wilson;
use crate::analytics::campaign::{GroupFigures, Response};
use crate::format::Formats;
use crate::report::ReportError;
use crate::report::campaign::{CampaignReport, money, points, two_decimals};
use crate::report::fonts::Fonts;
use crate::text::campaign::{goal_word, target_kind_word};
use crate::text::{Lang, Message, render};

/// A message of `campaign-report.ftl` (or another file) in the report's language.
fn say(lang: Lang, id: &'static str) -> String {
    render(lang, &Message::new(id))
}

/// What counts as a response, in words.
fn response_words(lang: Lang, response: &Response) -> String {
    let m = match response {
        Response::Any => Message::new("campaign-report-response-any"),
        Response::Product(name) => {
            Message::new("campaign-report-response-product").arg("name", name.as_str())
        }
        Response::Category(name) => {
            Message::new("campaign-report-response-category").arg("name", name.as_str())
        }
        Response::Revenue => Message::new("campaign-report-response-revenue"),
    };
    render(lang, &m)
}

/// A label and its value, the label in bold.
fn pair(label: String, value: String) -> Vec<Cell> {
    vec![
        Cell {
            text: label,
            bold: true,
            ..Cell::default()
        },
        cell(value),
    ]
}

/// "a to b" in the report's language.
fn range(lang: Lang, low: String, high: String) -> String {
    render(
        lang,
        &Message::new("campaign-report-range")
            .arg("low", low)
            .arg("high", high),
    )
}

/// Makes the campaign report's PDF.
pub(crate) fn render_campaign(r: &CampaignReport) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load().ok_or(ReportError::Fonts)?;
    let lang = r.lang;
    let f = Formats::for_shop(&r.settings).in_language(lang);
    let mut l = Layout::new(&fonts, r.paper.size_pt());
    let title = render(
        lang,
        &Message::new("campaign-report-title").arg("name", r.name.as_str()),
    );
    title_block(&mut l, r, &f, &title);
    about(&mut l, r, &f);
    groups(&mut l, r, &f);
    brought(&mut l, r, &f);
    left_out(&mut l, r, &f);
    let shop = r.settings.shop_name.trim();
    let footer = if shop.is_empty() {
        r.name.clone()
    } else {
        format!("{shop} · {}", r.name)
    };
    draw(
        &fonts,
        l.pages,
        r.paper.size_pt(),
        lang,
        &footer,
        &title,
        false,
    )
}

fn title_block(l: &mut Layout<'_>, r: &CampaignReport, f: &Formats, title: &str) {
    let lang = r.lang;
    l.y += 18.0;
    let width = l.content_width();
    let fitted = l.fonts.fit(title, 18.0, true, width);
    l.text(MARGIN, l.y, 18.0, true, ACCENT, &fitted);
    l.y += 8.0;
    let prepared = Message::new("campaign-report-prepared")
        .arg("date", f.date(r.today))
        .arg("start", f.date(r.start))
        .arg("to", f.date(r.counted_to));
    l.paragraph(&render(lang, &prepared), BODY, MUTED);
    if !r.window_complete {
        let open = Message::new("campaign-report-window-open").arg("end", f.date(r.window_end));
        l.paragraph(&render(lang, &open), BODY, MUTED);
    }
}

fn about(l: &mut Layout<'_>, r: &CampaignReport, f: &Formats) {
    let lang = r.lang;
    l.heading(&say(lang, "campaign-report-about"));
    let cols = [
        col(&say(lang, "campaign-report-field"), 0.35, Align::Left),
        col(&say(lang, "campaign-report-value"), 0.65, Align::Left),
    ];
    let window = Message::new("campaign-report-window-days")
        .arg("days", i64::from(r.window_days))
        .arg("start", f.date(r.start))
        .arg("end", f.date(r.window_end));
    let cost = match r.cost_per_contact_cents {
        Some(c) => f.money(c),
        None => say(lang, "campaign-report-cost-none"),
    };
    let mut rows = vec![
        pair(say(lang, "campaign-report-name"), r.name.clone()),
        pair(
            say(lang, "campaign-report-goal"),
            render(lang, &goal_word(r.goal)),
        ),
        pair(
            say(lang, "campaign-report-target"),
            format!(
                "{}: {}",
                render(lang, &target_kind_word(r.target.kind)),
                r.target.name
            ),
        ),
    ];
    if let Some(rule) = &r.rule {
        rows.push(pair(say(lang, "campaign-report-rule"), rule.clone()));
    }
    rows.extend([
        pair(
            say(lang, "campaign-report-channel"),
            render(lang, &r.channel),
        ),
        pair(say(lang, "campaign-report-start"), f.date(r.start)),
        pair(say(lang, "campaign-report-window"), render(lang, &window)),
        pair(
            say(lang, "campaign-report-response"),
            response_words(lang, &r.response),
        ),
        pair(say(lang, "campaign-report-cost"), cost),
        pair(
            say(lang, "campaign-report-control-share"),
            f.percent(r.control_share),
        ),
        pair(say(lang, "campaign-report-seed"), r.seed.to_string()),
    ]);
    l.table(&cols, rows);
}

fn groups(l: &mut Layout<'_>, r: &CampaignReport, f: &Formats) {
    let lang = r.lang;
    l.heading(&say(lang, "campaign-report-groups"));
    let cols = [
        wrapping(&say(lang, "campaign-report-group"), 0.17),
        col(&say(lang, "campaign-report-customers"), 0.16, Align::Right),
        col(&say(lang, "campaign-report-responders"), 0.17, Align::Right),
        col(&say(lang, "campaign-report-rate"), 0.18, Align::Right),
        col(
            &say(lang, "campaign-report-revenue-per-customer"),
            0.17,
            Align::Right,
        ),
        col(
            &say(lang, "campaign-report-orders-per-customer"),
            0.15,
            Align::Right,
        ),
    ];
    let row = |name: &'static str, g: &GroupFigures| {
        vec![
            Cell {
                text: say(lang, name),
                bold: true,
                ..Cell::default()
            },
            cell(f.int(g.customers as i64)),
            cell(f.int(g.responders as i64)),
            cell(f.percent(g.rate)),
            cell(money(f, g.revenue_per_customer)),
            cell(two_decimals(f, g.orders_per_customer)),
        ]
    };
    let res = &r.results;
    let rows = vec![
        row("campaign-report-target-group", &res.target),
        row("campaign-report-control-group", &res.control),
    ];
    l.table(&cols, rows);
    rate_chart(l, r, f);
}

/// The two groups' response rates as bars, each with its 95% interval (Wilson) as a line.
fn rate_chart(l: &mut Layout<'_>, r: &CampaignReport, f: &Formats) {
    let lang = r.lang;
    let res = &r.results;
    let bars = [
        ("campaign-report-target-group", &res.target),
        ("campaign-report-control-group", &res.control),
    ];
    let intervals: Vec<Option<(f64, f64)>> = bars
        .iter()
        .map(|(_, g)| wilson(g.responders, g.customers))
        .collect();
    let highest = intervals
        .iter()
        .flatten()
        .map(|(_, hi)| *hi)
        .fold(0.05, f64::max);
    // The scale ends on a whole tenth (or 5%) above the highest limit.
    let step = if highest <= 0.5 { 0.05 } else { 0.1 };
    let top = ((highest / step).ceil() * step).min(1.0);
    let label_w = 150.0;
    let value_w = 60.0;
    let x0 = MARGIN + label_w;
    let x1 = MARGIN + l.content_width() - value_w;
    let x_of = |v: f64| x0 + (x1 - x0) * (v / top).clamp(0.0, 1.0) as f32;
    let bar_h = 14.0;
    let gap = 10.0;
    l.ensure(2.0 * (bar_h + gap) + 40.0);
    l.paragraph(&say(lang, "campaign-report-chart-note"), 8.0, MUTED);
    l.y += 4.0;
    for ((name, g), interval) in bars.iter().zip(&intervals) {
        let y = l.y;
        let label = l.fonts.fit(&say(lang, name), BODY, true, label_w - 8.0);
        l.text(MARGIN, y + bar_h - 4.0, BODY, true, INK, &label);
        l.push(Item::Rect {
            x: x0,
            y,
            w: x_of(g.rate) - x0,
            h: bar_h,
            color: BAR,
        });
        if let Some((lo, hi)) = interval {
            let mid = y + bar_h / 2.0;
            let line = |x1: f32, y1: f32, x2: f32, y2: f32| Item::Line {
                x1,
                y1,
                x2,
                y2,
                width: 1.0,
                color: INK,
            };
            l.push(line(x_of(*lo), mid, x_of(*hi), mid));
            for x in [x_of(*lo), x_of(*hi)] {
                l.push(line(x, mid - 4.0, x, mid + 4.0));
            }
        }
        let value = f.percent(g.rate);
        let vx = x1 + value_w - l.fonts.width(&value, BODY, false);
        l.text(vx, y + bar_h - 4.0, BODY, false, INK, &value);
        l.y += bar_h + gap;
    }
    // The axis: 0, the middle and the top of the scale.
    l.push(Item::Line {
        x1: x0,
        y1: l.y - gap / 2.0,
        x2: x1,
        y2: l.y - gap / 2.0,
        width: 0.5,
        color: RULE,
    });
    for v in [0.0, top / 2.0, top] {
        let tick = f.percent_whole(v);
        let w = l.fonts.width(&tick, 7.5, false);
        l.text(x_of(v) - w / 2.0, l.y + 5.0, 7.5, false, MUTED, &tick);
    }
    l.y += 18.0;
}

fn brought(l: &mut Layout<'_>, r: &CampaignReport, f: &Formats) {
    let lang = r.lang;
    let res = &r.results;
    l.heading(&say(lang, "campaign-report-brought"));
    if let Some(u) = res.uplift {
        let cols = [
            wrapping(&say(lang, "campaign-report-measure"), 0.46),
            col(&say(lang, "campaign-report-value"), 0.22, Align::Right),
            col(&say(lang, "campaign-report-interval"), 0.32, Align::Right),
        ];
        let pts = |x: f64| {
            render(
                lang,
                &Message::new("campaign-report-points").arg("points", points(f, x)),
            )
        };
        let interval = |lo: f64, hi: f64, show: &dyn Fn(f64) -> String| {
            if lo.is_finite() && hi.is_finite() {
                range(lang, show(lo), show(hi))
            } else {
                String::new()
            }
        };
        let mut rows = vec![
            vec![
                cell(say(lang, "campaign-report-rate-uplift")),
                cell(pts(u.rate_diff)),
                cell(interval(u.rate_lo95, u.rate_hi95, &pts)),
            ],
            vec![
                cell(say(lang, "campaign-report-rpc-uplift")),
                cell(money(f, u.revenue_per_customer_diff)),
                cell(interval(u.rpc_lo95, u.rpc_hi95, &|x| money(f, x))),
            ],
        ];
        if let Some(extra) = res.incremental_responders {
            rows.push(vec![
                cell(say(lang, "campaign-report-extra-responders")),
                cell(f.one_decimal(extra)),
                cell(String::new()),
            ]);
        }
        if let Some(revenue) = res.incremental_revenue {
            rows.push(vec![
                cell(say(lang, "campaign-report-extra-revenue")),
                cell(money(f, revenue)),
                cell(String::new()),
            ]);
        }
        if let Some(ret) = res.return_on_cost {
            rows.push(vec![
                cell(say(lang, "campaign-report-total-cost")),
                cell(money(f, ret.cost)),
                cell(String::new()),
            ]);
            rows.push(vec![
                cell(say(lang, "campaign-report-net")),
                cell(money(f, ret.net)),
                cell(String::new()),
            ]);
            if ret.per_unit_cost.is_finite() {
                rows.push(vec![
                    cell(say(lang, "campaign-report-per-cost")),
                    cell(two_decimals(f, ret.per_unit_cost)),
                    cell(String::new()),
                ]);
            }
        }
        l.table(&cols, rows);
    }
    l.ensure(40.0);
    l.y += 6.0;
    let title = say(lang, "campaign-report-verdict");
    l.text(MARGIN, l.y, 10.0, true, INK, &title);
    l.y += 2.0;
    let verdict = render(lang, &crate::text::Localize::message(&res.verdict));
    l.paragraph(&verdict, 11.0, INK);
    let detectable = render(lang, &crate::text::Localize::message(&r.detectable));
    l.paragraph(&detectable, 8.0, MUTED);
}

fn left_out(l: &mut Layout<'_>, r: &CampaignReport, f: &Formats) {
    let lang = r.lang;
    l.heading(&say(lang, "campaign-report-left-out"));
    let total: u64 = r.left_out.iter().sum();
    if total == 0 {
        l.paragraph(&say(lang, "campaign-report-left-none"), BODY, INK);
        return;
    }
    let cols = [
        col(&say(lang, "campaign-report-reason"), 0.7, Align::Left),
        col(&say(lang, "campaign-report-customers"), 0.3, Align::Right),
    ];
    let reasons = [
        "campaign-left-out-no-consent",
        "campaign-left-out-said-no",
        "campaign-left-out-no-address",
    ];
    let mut rows: Vec<Vec<Cell>> = reasons
        .iter()
        .zip(r.left_out)
        .map(|(id, n)| vec![cell(say(lang, id)), cell(f.int(n as i64))])
        .collect();
    rows.push(pair(
        say(lang, "campaign-report-left-total"),
        f.int(total as i64),
    ));
    l.table(&cols, rows);
}
