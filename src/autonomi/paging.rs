//! Pagination streams for the two limit/offset lists: `list_runs` and `query_audit`.
//!
//! Configure the request with the generated builder as usual, then call `.stream(page_size)`
//! instead of `.send()`: the stream fetches one page at a time (`offset` advancing by what
//! arrived) and stops after a short or empty page. Any `limit`/`offset` set on the builder is
//! replaced by the stream's own.
//!
//! **The file-based fallback page of `list_runs` (9.22.12).** When no `project_id` is given and
//! the database page is empty, 9.22.12 (auth off, or a global-admin key) answers the runs it
//! reads from its `.loki/` directory instead: string ids, and all of them whatever `limit` and
//! `offset` say, so the same page would come back for every later offset. The runs stream
//! recognises such a page (any run with a string id) and ends there: it yields it when it is
//! the first page (the database has no runs, so those are the server's runs, exactly what
//! `send()` answers) and drops it when it comes after database pages (it is not their
//! continuation), so the stream yields the same runs whatever the page size.

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
    /// Every run matching this request's filters, `page_size` (1–1000) per request. Ends at
    /// 9.22.12's file-based fallback page, yielding it only when it is the first page (see the
    /// module docs).
    ///
    /// ```no_run
    /// # async fn demo(client: agent_apis::autonomi::Client) -> agent_apis::Result<()> {
    /// use futures::TryStreamExt;
    /// let runs: Vec<_> = client.list_runs().project_id(3).stream(200).try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn stream(self, page_size: u64) -> impl Stream<Item = Result<Run>> + 'a {
        offset_stream(page_size.clamp(1, MAX_RUNS_PAGE), move |p| {
            let (limit, offset) = page_args(p);
            let request = self.clone().limit(limit).offset(offset);
            async move { Ok(runs_page(p, request.send().await?.into_inner())) }
        })
    }
}

/// A page of runs; 9.22.12's file-based fallback page (any string id) ends the stream, and is
/// kept only as the first page.
fn runs_page(request: PageRequest, runs: Vec<Run>) -> Page<Run> {
    if !runs.iter().any(Run::is_file_based) {
        return Page::from(runs);
    }
    let items = if request.offset == 0 {
        runs
    } else {
        Vec::new()
    };
    // A total no larger than what has been seen stops `offset_stream` after this page.
    let total = Some(request.offset + items.len() as u64);
    Page { items, total }
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
