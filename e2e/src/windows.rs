//! The window manager's part, done by the test: Xvfb runs none, so nothing would ever ask a window
//! to close. These functions list the shown windows by title and send one the message a window
//! manager sends when the user clicks its close button (`WM_DELETE_WINDOW`), which the app sees as
//! a close request, as it would on a desktop. (WebDriver's "close window" destroys the web view
//! instead, without asking the app.)

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, MapState, Window};
use x11rb::rust_connection::RustConnection;

/// Something went wrong talking to the X server.
pub type Error = Box<dyn std::error::Error>;

/// The titles of the windows shown on `$DISPLAY`, top-level first.
pub fn titles() -> Result<Vec<String>, Error> {
    let (conn, screen) = x11rb::connect(None)?;
    Ok(shown(&conn, screen)?.into_iter().map(|(_, title)| title).collect())
}

/// Asks the shown window titled `title` to close, as a window manager would. False when no such
/// window is shown.
pub fn ask_to_close(title: &str) -> Result<bool, Error> {
    let (conn, screen) = x11rb::connect(None)?;
    let Some((window, _)) = shown(&conn, screen)?.into_iter().find(|(_, t)| t == title) else {
        return Ok(false);
    };
    let protocols = conn.intern_atom(false, b"WM_PROTOCOLS")?.reply()?.atom;
    let delete = conn.intern_atom(false, b"WM_DELETE_WINDOW")?.reply()?.atom;
    let message = ClientMessageEvent::new(32, window, protocols, [delete, x11rb::CURRENT_TIME, 0, 0, 0]);
    conn.send_event(false, window, EventMask::NO_EVENT, message)?;
    conn.flush()?;
    Ok(true)
}

/// The children of the root window that are shown, with their titles.
fn shown(conn: &RustConnection, screen: usize) -> Result<Vec<(Window, String)>, Error> {
    let root = conn.setup().roots.get(screen).ok_or("no such screen")?.root;
    let mut out = Vec::new();
    for window in conn.query_tree(root)?.reply()?.children {
        // A window listed a moment ago may be gone already (a dialog closing): it is not shown.
        if let Some(title) = title_if_shown(conn, window)? {
            out.push((window, title));
        }
    }
    Ok(out)
}

/// The title of `window` when it is shown and titled; `None` when it is not, or no longer exists.
/// The UTF-8 title (`_NET_WM_NAME`) when the window has one: GTK writes `WM_NAME` as compound
/// text, with escape sequences around every character beyond Latin-1.
fn title_if_shown(conn: &RustConnection, window: Window) -> Result<Option<String>, Error> {
    let Ok(attributes) = conn.get_window_attributes(window)?.reply() else { return Ok(None) };
    if attributes.map_state != MapState::VIEWABLE {
        return Ok(None);
    }
    let utf8 = conn.intern_atom(false, b"_NET_WM_NAME")?.reply()?.atom;
    for property in [utf8, AtomEnum::WM_NAME.into()] {
        let Ok(name) = conn.get_property(false, window, property, AtomEnum::ANY, 0, 256)?.reply() else {
            return Ok(None);
        };
        if !name.value.is_empty() {
            return Ok(Some(String::from_utf8_lossy(&name.value).into_owned()));
        }
    }
    Ok(None)
}

/// Presses the keys `keysyms` together (modifiers first, as `XK_Control_L`, then the key) and
/// releases them, on the X server's keyboard: the key events reach the window with the input focus
/// as a user's would, so GTK's menu accelerators see them (keys a WebDriver session sends go to
/// the web page directly).
pub fn press_keys(keysyms: &[u32]) -> Result<(), Error> {
    use x11rb::protocol::xproto::{KEY_PRESS_EVENT, KEY_RELEASE_EVENT};
    use x11rb::protocol::xtest::ConnectionExt as _;
    let (conn, screen) = x11rb::connect(None)?;
    let setup = conn.setup();
    let root = setup.roots.get(screen).ok_or("no such screen")?.root;
    let (first, last) = (setup.min_keycode, setup.max_keycode);
    let map = conn.get_keyboard_mapping(first, last - first + 1)?.reply()?;
    let per = usize::from(map.keysyms_per_keycode.max(1));
    let mut codes = Vec::new();
    for sym in keysyms {
        let at = map.keysyms.chunks(per).position(|syms| syms.contains(sym)).ok_or("a key the keyboard lacks")?;
        codes.push(first + u8::try_from(at)?);
    }
    for code in &codes {
        conn.xtest_fake_input(KEY_PRESS_EVENT, *code, x11rb::CURRENT_TIME, root, 0, 0, 0)?;
    }
    for code in codes.iter().rev() {
        conn.xtest_fake_input(KEY_RELEASE_EVENT, *code, x11rb::CURRENT_TIME, root, 0, 0, 0)?;
    }
    // A round trip: the server has taken the keys when it answers.
    conn.get_input_focus()?.reply()?;
    Ok(())
}
