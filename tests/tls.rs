//! HTTPS through whichever TLS feature the crate is built with: a loopback TLS server with the
//! test certificate of `tests/fixtures/tls` (self-signed for `localhost` and `127.0.0.1`).
//!
//! `--all-features` exercises `rustls` (aws-lc-rs); CI also runs this file with only
//! `rustls-ring` (the default TLS) and with only `native-tls`, since each feature is its own
//! handshake code.

#![cfg(any(feature = "rustls", feature = "rustls-ring", feature = "native-tls"))]
#![cfg(feature = "autonomi")]

use std::sync::Arc;

use agent_apis::ErrorKind;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

const CERT: &[u8] = include_bytes!("fixtures/tls/cert.pem");
const KEY: &[u8] = include_bytes!("fixtures/tls/key.pem");

/// Starts an HTTPS server on loopback answering every request with `[]`; answers its port and
/// a receiver of each request's first line.
async fn https_server() -> (u16, tokio::sync::mpsc::UnboundedReceiver<String>) {
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("protocol versions")
    .with_no_client_auth()
    .with_single_cert(
        vec![CertificateDer::from_pem_slice(CERT).expect("test certificate")],
        PrivateKeyDer::from_pem_slice(KEY).expect("test key"),
    )
    .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (seen, requests) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let (acceptor, seen) = (acceptor.clone(), seen.clone());
            tokio::spawn(async move {
                // A client refusing the certificate ends the handshake here.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let line = String::from_utf8_lossy(&head)
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_string();
                let _ = seen.send(line);
                let _ = tls
                    .write_all(
                        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\
                          content-length: 2\r\nconnection: close\r\n\r\n[]",
                    )
                    .await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (port, requests)
}

#[tokio::test]
async fn a_call_over_https_completes_when_the_certificate_is_trusted() {
    let (port, mut requests) = https_server().await;
    let root = reqwest::Certificate::from_pem(CERT).unwrap();
    let client = agent_apis::autonomi::Client::builder()
        .base_url(format!("https://localhost:{port}"))
        .max_retries(0)
        .http_client(move |http| http.add_root_certificate(root.clone()))
        .build()
        .unwrap();
    let projects = client.list_projects().send().await.unwrap();
    assert!(projects.is_empty());
    assert_eq!(
        requests.recv().await.as_deref(),
        Some("GET /api/projects HTTP/1.1")
    );
}

#[tokio::test]
async fn an_untrusted_certificate_is_a_typed_error_and_nothing_is_sent() {
    let (port, mut requests) = https_server().await;
    let client = agent_apis::autonomi::Client::builder()
        .base_url(format!("https://localhost:{port}"))
        .max_retries(0)
        .build()
        .unwrap();
    let err = client.list_projects().send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connection, "{err}");
    assert!(
        requests.try_recv().is_err(),
        "the request went through an untrusted TLS session"
    );
}
