//! Campaigns: their settings, their frozen members and those left out, the sale lines of
//! a response window, each customer's reach on a channel, and the contact history.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde_json::json;

use super::privacy::Channel;
use super::reads::{day_of, parse_date};
use super::writes::audit;
use super::{DATE_FORMAT, Result, Store, now_text};
use crate::model::Consent;
use crate::model::campaign::{Detectable, Goal, Group, Response, Target, TargetKind, WindowLine};

/// A campaign to write.
#[derive(Clone, Debug)]
pub struct NewCampaign<'a> {
    /// Its name (unique).
    pub name: &'a str,
    /// What it wants.
    pub goal: Goal,
    /// Who it is for.
    pub target: &'a Target,
    /// The saved-segment rule it is intersected with (JSON), if any.
    pub rule: Option<&'a str>,
    /// How customers are contacted.
    pub channel: Channel,
    /// The share held out.
    pub control_share: f64,
    /// The seed of the draw.
    pub seed: u64,
    /// The first day of the response window.
    pub start: NaiveDate,
    /// The window's length in days.
    pub window_days: u32,
    /// What counts as a response.
    pub response: &'a Response,
    /// What one contact costs, in cents.
    pub cost_per_contact_cents: Option<i64>,
    /// What the campaign can detect.
    pub detectable: Detectable,
}

/// A member of a campaign as written at creation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMember {
    /// The customer (root record at creation).
    pub customer_id: i64,
    /// Target or control.
    pub group: Group,
    /// Their segment at creation ("" for none).
    pub segment: String,
}

/// Why a customer of the target was not included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LeftOut {
    /// They never said yes on this channel.
    NoConsent,
    /// They said no on this channel.
    SaidNo,
    /// They agreed, but there is no e-mail, phone or postal address for the channel.
    NoAddress,
}

impl LeftOut {
    /// The word stored and written.
    pub fn as_str(self) -> &'static str {
        match self {
            LeftOut::NoConsent => "no-consent",
            LeftOut::SaidNo => "said-no",
            LeftOut::NoAddress => "no-address",
        }
    }

    fn parse(text: &str) -> LeftOut {
        match text {
            "said-no" => LeftOut::SaidNo,
            "no-address" => LeftOut::NoAddress,
            _ => LeftOut::NoConsent,
        }
    }
}

/// A stored campaign.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CampaignRow {
    /// Its number.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// What it wants.
    pub goal: Goal,
    /// Who it is for.
    pub target: Target,
    /// The rule intersected with the target (JSON), if any.
    pub rule: Option<String>,
    /// How customers are contacted.
    pub channel: Channel,
    /// The share held out.
    pub control_share: f64,
    /// The seed of the draw.
    pub seed: u64,
    /// The first day of the response window.
    pub start: NaiveDate,
    /// The window's length in days.
    pub window_days: u32,
    /// What counts as a response.
    pub response: Response,
    /// What one contact costs, in cents.
    pub cost_per_contact_cents: Option<i64>,
    /// When it was created.
    pub created_at: String,
    /// What it could detect at creation.
    pub detectable: Detectable,
    /// Customers of the target left out (no consent, said no, no address).
    pub left_out: u64,
}

/// A member as the members file lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberRow {
    /// The customer (root record at creation).
    pub customer_id: i64,
    /// That record's reference in the shop's own system.
    pub external_ref: Option<String>,
    /// Target or control.
    pub group: Group,
    /// Their segment at creation.
    pub segment: String,
}

/// What a contact list needs of one member (as their record is now).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactRow {
    /// The customer now (the survivor of any later merge).
    pub customer_id: i64,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Language.
    pub language: Option<String>,
    /// Segment at creation.
    pub segment: String,
    /// The day of their last purchase.
    pub last_purchase: Option<NaiveDate>,
    /// The postal address's lines as stored: street, street 2, postcode, city, region,
    /// country.
    pub address: [Option<String>; 6],
}

/// The kinds of contact history lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactKind {
    /// Included in a campaign's target.
    Campaign,
    /// A phone call.
    Call,
    /// A visit.
    Visit,
    /// A complaint.
    Complaint,
    /// Anything else the owner notes.
    Note,
    /// A piece of feedback the customer gave (kept in `feedback`, shown in the history).
    Feedback,
}

impl ContactKind {
    /// The word stored.
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Campaign => "campaign",
            ContactKind::Call => "call",
            ContactKind::Visit => "visit",
            ContactKind::Complaint => "complaint",
            ContactKind::Note => "note",
            ContactKind::Feedback => "feedback",
        }
    }

    fn parse(text: &str) -> ContactKind {
        match text {
            "campaign" => ContactKind::Campaign,
            "call" => ContactKind::Call,
            "visit" => ContactKind::Visit,
            "complaint" => ContactKind::Complaint,
            "feedback" => ContactKind::Feedback,
            _ => ContactKind::Note,
        }
    }
}

/// One line of a customer's contact history.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ContactLine {
    /// When.
    pub at: String,
    /// What kind of contact.
    pub kind: ContactKind,
    /// The campaign's name, for a campaign's line.
    pub campaign: Option<String>,
    /// The channel, where known.
    pub channel: Option<Channel>,
    /// The owner's note, or what the customer said for a piece of feedback.
    pub note: String,
    /// A piece of feedback's score, when it has one.
    pub score: Option<crate::model::feedback::Score>,
}

fn channel_of(text: &str) -> Channel {
    Channel::ALL
        .into_iter()
        .find(|c| c.as_str() == text)
        .unwrap_or(Channel::Email)
}

/// A stored text value (`None` for NULL or anything that is not text).
fn text_of(value: rusqlite::types::ValueRef<'_>) -> Option<&str> {
    value.as_str_or_null().ok().flatten()
}

const CAMPAIGN_COLUMNS: &str = "c.id, c.name, c.goal, c.target_kind, c.target_name, c.rule,
    c.channel, c.control_share, c.seed, c.start_date, c.window_days, c.response,
    c.cost_per_contact, c.created_at, c.target_customers, c.control_customers, c.base_rate,
    c.base_rate_from_shop, c.min_difference,
    (SELECT COUNT(*) FROM campaign_left_out AS l WHERE l.campaign_id = c.id)";

fn campaign_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CampaignRow> {
    let kind: String = r.get(3)?;
    let response: String = r.get(11)?;
    let goal: String = r.get(2)?;
    Ok(CampaignRow {
        id: r.get(0)?,
        name: r.get(1)?,
        goal: Goal::parse(&goal).unwrap_or(Goal::Announce),
        target: Target {
            kind: TargetKind::ALL
                .into_iter()
                .find(|k| k.as_str() == kind)
                .unwrap_or(TargetKind::Segment),
            name: r.get(4)?,
        },
        rule: r.get(5)?,
        channel: channel_of(&r.get::<_, String>(6)?),
        control_share: r.get(7)?,
        seed: r.get::<_, i64>(8)? as u64,
        start: day_of(r.get_ref(9)?).unwrap_or_default(),
        window_days: r.get(10)?,
        response: Response::parse(&response).unwrap_or(Response::Any),
        cost_per_contact_cents: r.get(12)?,
        created_at: r.get(13)?,
        detectable: Detectable {
            target: r.get::<_, i64>(14)? as u64,
            control: r.get::<_, i64>(15)? as u64,
            base_rate: r.get(16)?,
            base_from_shop: r.get(17)?,
            min_difference: r.get(18)?,
        },
        left_out: r.get::<_, i64>(19)? as u64,
    })
}

/// The contact history of a customer and of the contacts merged into them, newest first:
/// campaigns, the owner's notes, and every piece of feedback the customer gave (on its
/// day, after the notes of that day).
pub(super) fn contact_history(
    conn: &rusqlite::Connection,
    customer_id: i64,
) -> Result<Vec<ContactLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT at, kind, campaign, channel, note, scale, score FROM (
             SELECT h.at AS at, h.kind AS kind, c.name AS campaign, h.channel AS channel,
                    h.note AS note, NULL AS scale, NULL AS score, 0 AS source, h.id AS id
             FROM contact_history AS h
             JOIN contact_root AS r ON r.contact_id = h.customer_id
             LEFT JOIN campaign AS c ON c.id = h.campaign_id
             WHERE r.root_id = ?1
             UNION ALL
             SELECT f.given_on, 'feedback', NULL, NULL, f.text, f.scale, f.score, 1, f.id
             FROM feedback AS f
             JOIN contact_root AS r ON r.contact_id = f.contact_id
             WHERE r.root_id = ?1
         )
         ORDER BY at DESC, source, id DESC",
    )?;
    let rows = stmt.query_map([customer_id], |r| {
        Ok(ContactLine {
            at: r.get(0)?,
            kind: ContactKind::parse(r.get_ref(1)?.as_str()?),
            campaign: r.get(2)?,
            channel: r.get_ref(3)?.as_str_or_null()?.map(channel_of),
            note: r.get(4)?,
            score: super::feedback::score_of(r.get(5)?, r.get(6)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// Writes a campaign, its members, those left out and a contact history line for each
    /// customer of the target group, in one transaction, with an audit line; `None` (and
    /// nothing written) when a campaign of that name exists.
    pub fn create_campaign(
        &self,
        c: &NewCampaign<'_>,
        members: &[NewMember],
        left_out: &[(i64, LeftOut)],
    ) -> Result<Option<CampaignRow>> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let taken: Option<i64> = tx
                .query_row("SELECT id FROM campaign WHERE name = ?1", [c.name], |r| {
                    r.get(0)
                })
                .optional()?;
            if taken.is_some() {
                return Ok(None);
            }
            let now = now_text();
            let d = &c.detectable;
            tx.execute(
                "INSERT INTO campaign (name, goal, target_kind, target_name, rule, channel,
                     control_share, seed, start_date, window_days, response, cost_per_contact,
                     created_at, target_customers, control_customers, base_rate,
                     base_rate_from_shop, min_difference)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18)",
                params![
                    c.name,
                    c.goal.as_str(),
                    c.target.kind.as_str(),
                    c.target.name,
                    c.rule,
                    c.channel.as_str(),
                    c.control_share,
                    c.seed as i64,
                    c.start.format(DATE_FORMAT).to_string(),
                    c.window_days,
                    c.response.text(),
                    c.cost_per_contact_cents,
                    now,
                    d.target as i64,
                    d.control as i64,
                    d.base_rate,
                    d.base_from_shop,
                    d.min_difference,
                ],
            )?;
            let id = tx.last_insert_rowid();
            {
                let mut member = tx.prepare_cached(
                    "INSERT INTO campaign_member (campaign_id, customer_id, member_of, segment)
                     VALUES (?1, ?2, ?3, ?4)",
                )?;
                let mut line = tx.prepare_cached(
                    "INSERT INTO contact_history (customer_id, at, kind, campaign_id, channel)
                     VALUES (?1, ?2, 'campaign', ?3, ?4)",
                )?;
                let start = c.start.format(DATE_FORMAT).to_string();
                for m in members {
                    member.execute(params![id, m.customer_id, m.group.as_str(), m.segment])?;
                    if m.group == Group::Target {
                        line.execute(params![m.customer_id, start, id, c.channel.as_str()])?;
                    }
                }
                let mut out = tx.prepare_cached(
                    "INSERT INTO campaign_left_out (campaign_id, customer_id, reason)
                     VALUES (?1, ?2, ?3)",
                )?;
                for (customer, reason) in left_out {
                    out.execute(params![id, customer, reason.as_str()])?;
                }
            }
            audit(
                &tx,
                "campaign",
                &json!({
                    "campaign_id": id,
                    "target": c.target.text(),
                    "channel": c.channel.as_str(),
                    "members": members.len(),
                    "control": d.control,
                    "left_out": left_out.len(),
                    "seed": c.seed,
                }),
            )?;
            let row = tx.query_row(
                &format!("SELECT {CAMPAIGN_COLUMNS} FROM campaign AS c WHERE c.id = ?1"),
                [id],
                campaign_row,
            )?;
            tx.commit()?;
            Ok(Some(row))
        })
    }

    /// Every campaign, newest first.
    pub fn campaigns(&self) -> Result<Vec<CampaignRow>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(&format!(
                "SELECT {CAMPAIGN_COLUMNS} FROM campaign AS c ORDER BY c.id DESC"
            ))?;
            let rows = stmt.query_map([], campaign_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// The campaign of that name.
    pub fn campaign(&self, name: &str) -> Result<Option<CampaignRow>> {
        self.map_busy(|s| {
            Ok(s.conn
                .query_row(
                    &format!("SELECT {CAMPAIGN_COLUMNS} FROM campaign AS c WHERE c.name = ?1"),
                    [name],
                    campaign_row,
                )
                .optional()?)
        })
    }

    /// A campaign's members as written at creation, by customer id, with the reference
    /// their record has now.
    pub fn campaign_members(&self, campaign_id: i64) -> Result<Vec<MemberRow>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT m.customer_id, c.external_ref, m.member_of, m.segment
                 FROM campaign_member AS m LEFT JOIN contact AS c ON c.id = m.customer_id
                 WHERE m.campaign_id = ?1 ORDER BY m.customer_id",
            )?;
            let rows = stmt.query_map([campaign_id], |r| {
                Ok(MemberRow {
                    customer_id: r.get(0)?,
                    external_ref: r.get(1)?,
                    group: Group::parse(r.get_ref(2)?.as_str()?).unwrap_or(Group::Target),
                    segment: r.get(3)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// The customers of a campaign's target that were left out, with the reason.
    pub fn campaign_left_out(&self, campaign_id: i64) -> Result<Vec<(i64, LeftOut)>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT customer_id, reason FROM campaign_left_out
                 WHERE campaign_id = ?1 ORDER BY customer_id",
            )?;
            let rows = stmt.query_map([campaign_id], |r| {
                Ok((r.get(0)?, LeftOut::parse(r.get_ref(1)?.as_str()?)))
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// The survivor of every contact that was merged into another (roots are left out:
    /// they are their own).
    pub fn merged_roots(&self) -> Result<HashMap<i64, i64>> {
        self.map_busy(|s| s.merged_root_pairs())
    }

    /// Every sale line dated `from..=to`, of the root customer it belongs to now, with its
    /// order (its reference, else its day).
    pub fn window_lines(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<WindowLine>> {
        self.map_busy(|s| {
            let roots = s.root_map_for_reads()?;
            let end = to.succ_opt().unwrap_or(to);
            // Stored date-times start with the day: text comparison bounds them.
            let mut stmt = s.conn.prepare(
                "SELECT contact_id, sold_at, order_ref, product, category, amount FROM sale
                 WHERE sold_at >= ?1 AND sold_at < ?2",
            )?;
            let mut rows = stmt.query(params![
                from.format(DATE_FORMAT).to_string(),
                end.format(DATE_FORMAT).to_string()
            ])?;
            let mut texts: HashMap<String, Arc<str>> = HashMap::new();
            let mut shared = |text: Option<&str>| -> Option<Arc<str>> {
                let text = text?;
                Some(match texts.get(text) {
                    Some(t) => t.clone(),
                    None => {
                        let t: Arc<str> = Arc::from(text);
                        texts.insert(text.to_string(), t.clone());
                        t
                    }
                })
            };
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                let Some(sold_on) = day_of(r.get_ref(1)?) else {
                    continue;
                };
                let order = text_of(r.get_ref(2)?).filter(|o| !o.is_empty());
                let order_key: Arc<str> = match order {
                    Some(o) => Arc::from(o),
                    None => Arc::from(format!("day:{sold_on}")),
                };
                out.push(WindowLine {
                    customer_id: roots(r.get(0)?),
                    sold_on,
                    order_key,
                    product: shared(text_of(r.get_ref(3)?)),
                    category: shared(text_of(r.get_ref(4)?)),
                    amount_cents: r.get(5)?,
                });
            }
            Ok(out)
        })
    }

    /// Every customer's consent on `channel` now (the newest decision recorded on them or
    /// on a contact merged into them; unknown when there is none) and whether their record
    /// holds an address for it (an e-mail; a phone for SMS and calls; a street with a
    /// postcode or city for post). Erased customers are left out.
    pub fn channel_reach(&self, channel: Channel) -> Result<HashMap<i64, (Consent, bool)>> {
        self.map_busy(|s| {
            let address = match channel {
                Channel::Email => "COALESCE(TRIM(email), '') <> ''",
                Channel::Sms | Channel::Phone => "COALESCE(TRIM(phone), '') <> ''",
                Channel::Post => {
                    "COALESCE(TRIM(street), '') <> ''
                     AND (COALESCE(TRIM(postcode), '') <> '' OR COALESCE(TRIM(city), '') <> '')"
                }
            };
            let mut stmt = s.conn.prepare(&format!(
                "SELECT id, {address} FROM contact WHERE merged_into IS NULL AND erased_at IS NULL"
            ))?;
            let mut out: HashMap<i64, (Consent, bool)> = stmt
                .query_map([], |r| Ok((r.get(0)?, (Consent::Unknown, r.get(1)?))))?
                .collect::<rusqlite::Result<_>>()?;
            let roots = s.root_map_for_reads()?;
            let mut stmt = s
                .conn
                .prepare("SELECT contact_id, state FROM consent WHERE channel = ?1 ORDER BY id")?;
            let mut rows = stmt.query([channel.as_str()])?;
            while let Some(r) = rows.next()? {
                // Oldest first: the newest decision is the last one written.
                if let Some(entry) = out.get_mut(&roots(r.get(0)?)) {
                    entry.0 = Consent::parse(text_of(r.get_ref(1)?).unwrap_or_default());
                }
            }
            Ok(out)
        })
    }

    /// The customers of a campaign (both groups) as their records are now (merged records
    /// counted once, under their survivor), with their segment at creation and their last
    /// purchase, by customer id. Which group a merged customer is in is the service's to
    /// say.
    pub fn campaign_contacts(&self, campaign_id: i64) -> Result<Vec<ContactRow>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT r.root_id, c.first_name, c.last_name, c.email, c.phone, c.language,
                        MIN(m.segment), cs.last_sale, c.street, c.street2, c.postcode,
                        c.city, c.region, c.country
                 FROM campaign_member AS m
                 JOIN contact_root AS r ON r.contact_id = m.customer_id
                 JOIN contact AS c ON c.id = r.root_id
                 LEFT JOIN customer_summary AS cs ON cs.customer_id = r.root_id
                 WHERE m.campaign_id = ?1 AND c.erased_at IS NULL
                 GROUP BY r.root_id ORDER BY r.root_id",
            )?;
            let rows = stmt.query_map([campaign_id], |r| {
                Ok(ContactRow {
                    customer_id: r.get(0)?,
                    first_name: r.get(1)?,
                    last_name: r.get(2)?,
                    email: r.get(3)?,
                    phone: r.get(4)?,
                    language: r.get(5)?,
                    segment: r.get(6)?,
                    last_purchase: r.get_ref(7)?.as_str_or_null()?.and_then(parse_date),
                    address: [
                        r.get(8)?,
                        r.get(9)?,
                        r.get(10)?,
                        r.get(11)?,
                        r.get(12)?,
                        r.get(13)?,
                    ],
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// A customer's contact history (theirs and that of the contacts merged into them),
    /// newest first.
    pub fn contact_history(&self, customer_id: i64) -> Result<Vec<ContactLine>> {
        self.map_busy(|s| contact_history(&s.conn, customer_id))
    }

    /// Adds the owner's note of a call, visit, complaint or anything else to a customer's
    /// contact history, dated now.
    pub fn add_contact_note(
        &self,
        customer_id: i64,
        kind: ContactKind,
        channel: Option<Channel>,
        note: &str,
    ) -> Result<()> {
        self.insert_contact_note(customer_id, kind, channel, note, now_text())
    }

    /// Adds the owner's note dated `day` (a note of today keeps the time it was written).
    pub fn add_contact_note_on(
        &self,
        customer_id: i64,
        kind: ContactKind,
        channel: Option<Channel>,
        note: &str,
        day: NaiveDate,
    ) -> Result<()> {
        let now = now_text();
        let at = if now.starts_with(&day.to_string()) {
            now
        } else {
            format!("{day} 00:00:00")
        };
        self.insert_contact_note(customer_id, kind, channel, note, at)
    }

    fn insert_contact_note(
        &self,
        customer_id: i64,
        kind: ContactKind,
        channel: Option<Channel>,
        note: &str,
        at: String,
    ) -> Result<()> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            super::privacy::live_customer(&tx, customer_id)?;
            tx.execute(
                "INSERT INTO contact_history (customer_id, at, kind, channel, note)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    customer_id,
                    at,
                    kind.as_str(),
                    channel.map(Channel::as_str),
                    note
                ],
            )?;
            audit(
                &tx,
                "contact_note",
                &json!({ "contact_id": customer_id, "kind": kind.as_str() }),
            )?;
            tx.commit()?;
            Ok(())
        })
    }
}
