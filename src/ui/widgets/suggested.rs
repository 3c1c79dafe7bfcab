//! What sells together, shared by the Baskets screen and the customer detail: the latest
//! rules and suggestions the worker found (kept in [`crate::ui::insights::Insights`]), how
//! to ask for them, and the detail's "Suggested next" lines.

use std::sync::Arc;

use crate::analytics::baskets::{BasketOptions, Ratio};
use crate::jobs::Request;
use crate::service::baskets::{BasketQuery, Recommendations};
use crate::store::BasketItem;
use crate::ui::screen::Cx;
use crate::ui::theme;

/// The rules and suggestions at hand, and the job asking for new ones.
#[derive(Default)]
pub struct SharedBaskets {
    /// The latest answer, the query it answers and the data generation then.
    pub found: Option<(Arc<Recommendations>, BasketQuery, u64)>,
    /// The query asked last and the data generation then.
    pub asked: Option<(BasketQuery, u64)>,
    /// The job working them out.
    pub job: Option<u64>,
    /// Why the last job failed.
    pub error: Option<String>,
    /// The query the Baskets screen shows (the detail asks for the same one).
    pub query: Option<BasketQuery>,
}

impl SharedBaskets {
    /// Keeps the answer of job `job` if it is the one asked.
    pub fn answer(
        &mut self,
        job: u64,
        result: &Result<Arc<Recommendations>, Arc<crate::service::Error>>,
    ) {
        if self.job != Some(job) {
            return;
        }
        self.job = None;
        match result {
            Ok(found) => {
                if let Some((query, generation)) = self.asked {
                    self.error = None;
                    self.found = Some((found.clone(), query, generation));
                }
            }
            Err(e) => self.error = Some(crate::text::local(e.as_ref())),
        }
    }

    /// The answer at hand, if it is for the current data.
    pub fn current(&self, generation: u64) -> Option<&Arc<Recommendations>> {
        self.found
            .as_ref()
            .filter(|(_, _, g)| *g == generation)
            .map(|(f, _, _)| f)
    }
}

/// Asks the worker for the rules and suggestions of `query` unless they are at hand or
/// asked already (a job asking for others is cancelled).
pub fn ask(cx: &mut Cx, query: BasketQuery) {
    let wanted = (query, cx.data_generation);
    if cx.insights.baskets.asked.as_ref() == Some(&wanted) {
        return;
    }
    if let Some(job) = cx.insights.baskets.job.take() {
        cx.cancel_job(job);
    }
    let (job, cancel) = cx.start_job(
        &crate::tr!("suggested-job"),
        &crate::tr!("suggested-job-starting"),
    );
    cx.send(Request::Baskets { job, query, cancel });
    let shared = &mut cx.insights.baskets;
    shared.job = Some(job);
    shared.asked = Some(wanted);
    shared.query = Some(query);
}

/// "Suggested next" in a customer's detail: up to three products they never bought, each
/// with the rule behind it, as the Baskets screen's thresholds find them.
pub fn suggested_next_ui(ui: &mut egui::Ui, cx: &mut Cx, customer_id: i64) {
    ui.strong(crate::tr!("suggested-suggested-next"));
    let Some(found) = cx.insights.baskets.current(cx.data_generation).cloned() else {
        if let Some(error) = cx.insights.baskets.error.clone() {
            ui.label(egui::RichText::new(error).color(theme::bad(ui.visuals().dark_mode)));
            return;
        }
        let query = cx.insights.baskets.query.unwrap_or_else(default_query);
        ask(cx, query);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(crate::tr!("suggested-working-out-what-sells-together"));
        });
        return;
    };
    let suggestions = found.suggestions.for_customer(customer_id);
    if suggestions.is_empty() {
        ui.label(egui::RichText::new(crate::tr!("suggested-nothing-yet-no-product-they")).weak());
        return;
    }
    let baskets = &found.baskets;
    for (rank, s) in suggestions.iter().enumerate() {
        let Some(rule) = baskets.analysis.rules.get(s.rule) else {
            continue;
        };
        let product = baskets.transactions.name(s.item);
        ui.label(crate::tr!(
            "suggested-rank",
            rank = (rank as i64 + 1),
            product = product
        ));
        ui.label(
            egui::RichText::new(crate::tr!(
                "suggested-because",
                bought = baskets.in_words(&rule.antecedent),
                rule = crate::text::local(&baskets.sentence(rule))
            ))
            .weak(),
        );
    }
}

/// The support the Baskets screen opens with, in thousandths of the orders: a small shop's
/// products each sit in a few percent of the orders at most, so the command line's 0.01
/// would show nothing on the demo shop.
pub const FIRST_SUPPORT_THOUSANDTHS: u64 = 5;
/// The confidence the Baskets screen opens with, in hundredths.
pub const FIRST_CONFIDENCE_HUNDREDTHS: u64 = 10;
/// A very low support on a large shop could find more itemsets than fit: past this many the
/// window asks for a higher support.
const MAX_ITEMSETS: usize = 500_000;

/// The query of the window's thresholds: support in thousandths of the orders, confidence in
/// hundredths, exactly.
pub fn query_at(
    by: BasketItem,
    support_thousandths: u64,
    confidence_hundredths: u64,
) -> BasketQuery {
    let fallback = BasketOptions::default();
    let ratio = |n: u64, d: u64, or: Ratio| Ratio::new(n.min(d), d).unwrap_or(or);
    BasketQuery {
        by,
        from: None,
        to: None,
        options: BasketOptions {
            min_support: ratio(support_thousandths, 1000, fallback.min_support),
            min_confidence: ratio(confidence_hundredths, 100, fallback.min_confidence),
            max_len: None,
            max_itemsets: Some(MAX_ITEMSETS),
        },
    }
}

/// The thresholds the Baskets screen opens with.
pub fn default_query() -> BasketQuery {
    query_at(
        BasketItem::Product,
        FIRST_SUPPORT_THOUSANDTHS,
        FIRST_CONFIDENCE_HUNDREDTHS,
    )
}
