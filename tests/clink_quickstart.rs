//! The Clink quickstart walk (`examples/quickstart/clink.rs`) runs end to end against its
//! embedded mock, so the example cannot rot unnoticed.
#![cfg(feature = "clink")]

#[path = "../examples/quickstart/clink.rs"]
mod walk;

#[tokio::test]
async fn the_quickstart_walk_succeeds_on_its_embedded_mock() {
    assert!(
        std::env::var_os("CLINK_API_URL").is_none(),
        "the walk must use its embedded mock here"
    );
    walk::walk().await.expect("the Clink walk");
}
