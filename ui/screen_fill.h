#pragma once

class QWindow;

namespace thaid::ui {

// Shows `window` full screen at its screen's size from its first frame, and keeps it at that size
// when the screen's mode changes or the window moves to another screen. cage 0.1.4 grants the
// fullscreen request with no size and sizes the window only once it has drawn, so without this
// the first frame is laid out at the window's own 1280x800; a compositor that never sends a size
// would keep it so.
void showFillingScreen(QWindow& window);

}  // namespace thaid::ui
