//! A path parameter addresses exactly one path segment. For every operation of every service
//! that has a string path parameter — the list is generated from the specs
//! (`<service>::mock::path_probe`), so a new operation is covered without touching this file —
//! hostile values either reach the server as one encoded segment of the intended endpoint, or
//! are refused with `InvalidRequest` before anything is sent.

mod hardening_support;

use agent_apis::ErrorKind;
use hardening_support::*;

const HOSTILE: &[&str] = &[
    "..",
    ".",
    "",
    "a/b",
    "a\\b",
    "..\\..\\x",
    "../../x",
    "./x",
    "x/..",
    "a?b=1",
    "a#frag",
    "%2e%2e",
    "%2F",
    "a%b",
    "\u{0}",
    "\r\nX-Injected: 1",
    "\t",
    "é/ø",
    " ",
    "~user",
    "...",
    "ordinary-id_1.2",
];

/// Values that cannot be one segment: refused before sending.
fn must_refuse(value: &str) -> bool {
    matches!(value, "" | "." | "..")
}

fn percent_decode(segment: &str) -> Vec<u8> {
    let b = segment.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).expect("a percent escape"));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// Checks that the request `target` addresses `template` with `value` as one segment.
fn check_target(op: &str, template: &str, value: &str, target: &str) {
    let path = target.split('?').next().unwrap();
    assert!(
        !target.contains('#'),
        "{op} {value:?}: a fragment was sent: {target}"
    );
    let want: Vec<&str> = template.split('/').collect();
    let got: Vec<&str> = path.split('/').collect();
    assert_eq!(
        got.len(),
        want.len(),
        "{op} {value:?}: {target} is not {template}"
    );
    let mut carried = false;
    for (w, g) in want.iter().zip(&got) {
        if w.starts_with('{') {
            assert!(
                g.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b"-._~%".contains(&c)),
                "{op} {value:?}: segment {g:?} is not fully encoded"
            );
            carried |= percent_decode(g) == value.as_bytes();
        } else {
            assert_eq!(w, g, "{op} {value:?}: {target} is not {template}");
        }
    }
    assert!(
        carried,
        "{op} {value:?}: no segment carries the value: {target}"
    );
    // The query (if any) is the operation's own, never the value's.
    if let Some(query) = target.split_once('?').map(|(_, q)| q) {
        assert!(!query.contains("b=1"), "{op} {value:?}: {target}");
    }
}

#[tokio::test]
async fn every_path_parameter_is_one_segment_or_refused() {
    let server = RawServer::start(json(200, "{}")).await;
    let url = server.url.clone();
    let autonomi = autonomi(&url, 0);
    let clink = clink(&url, 0);
    let admin = admin(&url, 0);
    let mosaia = mosaia(&url, 0);

    let mut checked = 0;
    let mut operations = 0;
    for (service, ops) in [
        (
            "autonomi",
            agent_apis::autonomi::mock::path_probe::OPERATIONS,
        ),
        ("clink", agent_apis::clink::mock::path_probe::OPERATIONS),
        ("ailink", agent_apis::ailink::mock::path_probe::OPERATIONS),
        ("mosaia", agent_apis::mosaia::mock::path_probe::OPERATIONS),
    ] {
        assert!(
            !ops.is_empty(),
            "{service}: no operation with a path parameter"
        );
        for (op, template) in ops {
            operations += 1;
            for value in HOSTILE {
                let before = server.requests().len();
                let result = match service {
                    "autonomi" => {
                        agent_apis::autonomi::mock::path_probe::call(&autonomi, op, value).await
                    }
                    "clink" => agent_apis::clink::mock::path_probe::call(&clink, op, value).await,
                    "ailink" => agent_apis::ailink::mock::path_probe::call(&admin, op, value).await,
                    _ => agent_apis::mosaia::mock::path_probe::call(&mosaia, op, value).await,
                };
                let sent = server.requests()[before..].to_vec();
                if must_refuse(value) {
                    let err = result.expect_err("a dot or empty segment must be refused");
                    assert_eq!(
                        err.kind(),
                        ErrorKind::InvalidRequest,
                        "{service}.{op} {value:?}: {err}"
                    );
                    assert!(
                        sent.is_empty(),
                        "{service}.{op} {value:?} was sent: {sent:?}"
                    );
                } else {
                    if let Err(e) = &result {
                        assert_ne!(
                            e.kind(),
                            ErrorKind::InvalidRequest,
                            "{service}.{op} {value:?}: {e}"
                        );
                    }
                    assert_eq!(sent.len(), 1, "{service}.{op} {value:?}");
                    check_target(op, template, value, sent[0].target());
                }
                checked += 1;
            }
        }
    }
    // The specs had 79 operations with a string path parameter when this test was written
    // (autonomi 2, clink 29, ailink 1, mosaia 47); the probe list can only grow.
    assert!(operations >= 79, "only {operations} operations probed");
    assert_eq!(checked, operations * HOSTILE.len());
}
