//! Pagination streams for the two limit/offset lists: `list_runs` and `query_audit`.
//!
//! Configure the request with the generated builder as usual, then call `.stream(page_size)`
//! instead of `.send()`: the stream fetches one page at a time (`offset` advancing by what
//! arrived) and stops after a short or empty page. Any `limit`/`offset` set on the builder is
//! replaced by the stream's own.

use futures::Stream;

use super::builder::{ListRuns, QueryAudit};
use super::types::{AuditEntry, Run};
use crate::pagination::{offset_stream, Page, PageRequest};
use crate::Result;

/// The server's largest `limit` for `list_runs`.
pub const MAX_RUNS_PAGE: u64 = 1000;
/// The server's largest `limit` for `query_audit`.
pub const MAX_AUDIT_PAGE: u64 = 10_000;

fn page_args(p: PageRequest) -> (i64, i64) {
    (
        i64::try_from(p.limit).unwrap_or(i64::MAX),
        i64::try_from(p.offset).unwrap_or(i64::MAX),
    )
}

impl<'a> ListRuns<'a> {
    /// Every run matching this request's filters, `page_size` (1–1000) per request.
    ///
    /// ```no_run
    /// # async fn demo(client: agent_sdk::autonomi::Client) -> agent_sdk::Result<()> {
    /// use futures::TryStreamExt;
    /// let runs: Vec<_> = client.list_runs().project_id(3).stream(200).try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn stream(self, page_size: u64) -> impl Stream<Item = Result<Run>> + 'a {
        offset_stream(page_size.clamp(1, MAX_RUNS_PAGE), move |p| {
            let (limit, offset) = page_args(p);
            let request = self.clone().limit(limit).offset(offset);
            async move { Ok(Page::from(request.send().await?.into_inner())) }
        })
    }
}

impl<'a> QueryAudit<'a> {
    /// Every audit entry matching this request's filters, `page_size` (1–10000) per request.
    pub fn stream(self, page_size: u64) -> impl Stream<Item = Result<AuditEntry>> + 'a {
        offset_stream(page_size.clamp(1, MAX_AUDIT_PAGE), move |p| {
            let (limit, offset) = page_args(p);
            let request = self.clone().limit(limit).offset(offset);
            async move { Ok(Page::from(request.send().await?.into_inner())) }
        })
    }
}
