"""The demo driver (docs/demo.md): the counter's day, its end-to-end variants, the soak and the
kiosk benchmark, on real pcscd, libfprint, registry and kiosk processes."""
