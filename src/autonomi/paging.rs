//! The page hook of `list_runs`'s pagination stream (`client.list_runs().stream()`, emitted
//! from the spec's `x-paging`, which also carries the servers' default and largest page sizes).
//!
//! **The file-based fallback page of `list_runs` (9.22.12).** When no `project_id` is given and
//! the database page is empty, 9.22.12 (auth off, or a global-admin key) answers the runs it
//! reads from its `.loki/` directory instead: string ids, and all of them whatever `limit` and
//! `offset` say, so the same page would come back for every later offset. The runs stream
//! recognises such a page (any run with a string id) and ends there: it yields it when it is
//! the first page (the database has no runs, so those are the server's runs, exactly what
//! `send()` answers) and drops it when it comes after database pages (it is not their
//! continuation), so the stream yields the same runs whatever the page size.

use super::types::Run;
use crate::pagination::{Page, PageRequest};

/// A page of runs; 9.22.12's file-based fallback page (any string id) ends the stream, and is
/// kept only as the first page.
#[inline]
pub(crate) fn runs_page(request: PageRequest, runs: Vec<Run>) -> Page<Run> {
    if !runs.iter().any(Run::is_file_based) {
        return Page::from(runs);
    }
    let items = if request.offset == 0 {
        runs
    } else {
        Vec::new()
    };
    // A total no larger than what has been seen stops the stream after this page.
    let total = Some(request.offset + items.len() as u64);
    Page { items, total }
}
