fn main() {
    leptos::mount::mount_to_body(dsii_monitor::view::App);
}
