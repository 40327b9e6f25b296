#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class QAction;
class QWidget;

namespace qm {

class AppSession;

/// A page of the window's sidebar: what the window needs to list it, make it when it is
/// first shown, and hand it what other pages ask it to open. Each page's folder defines
/// its description (`<page>entry.cpp`): the page's class stays free of the session (its
/// tests make it alone), and `create` is where it is connected to the session.
struct PageDescription
{
    QString key;   ///< "trends": for AppSession::showPage(); the page's object name is key + "Page"
    QString title; ///< translated, as the sidebar and the View menu show it
    QString icon;  ///< resource path of its sidebar icon
    /// Makes the page, connected to `session` (called once, when the page is first shown).
    std::function<QWidget *(AppSession &session)> create;
    /// Opens what another page asked for (AppSession::showPage's argument); may be empty.
    std::function<void(QWidget *page, const QVariant &argument)> open;
    /// View > Refresh (F5 where the page does not take it); may be empty.
    std::function<void(QWidget *page)> refresh;
    /// The page's layout between runs (header, splitters), kept under viewStateKey.
    QString viewStateKey;
    std::function<QByteArray(QWidget *page)> saveViewState;
    std::function<void(QWidget *page, const QByteArray &state)> restoreViewState;
    /// Actions of the page the window's File and Edit menus show too (the page is made
    /// when one of those menus first opens).
    std::function<QList<QAction *>(QWidget *page)> fileActions;
    std::function<QList<QAction *>(QWidget *page)> editActions;
};

/// The pages of the sidebar, in order (pagelist.cpp); Ctrl+1 … Ctrl+9 go to them.
QList<PageDescription> sidebarPages();

} // namespace qm
