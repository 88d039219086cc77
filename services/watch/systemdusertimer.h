#pragma once

#include "watchtimer.h"

// WatchTimer as a systemd user timer: unit files in ~/.config/systemd/user, driven through
// `systemctl --user`, every run asynchronous.
class SystemdUserTimer : public WatchTimer
{
    Q_OBJECT

public:
    // systemctl and the folders are parameters so that tests give a fake systemctl and a scratch
    // folder; empty means the real ones ($XDG_CONFIG_HOME/systemd/user, $XDG_RUNTIME_DIR).
    explicit SystemdUserTimer(const QString &systemctl = QStringLiteral("systemctl"),
                              const QString &unitFolder = {}, const QString &runtimeFolder = {},
                              QObject *parent = nullptr);

    void availability(QObject *context, Callback<Availability> done) override;
    void install(const WatchUnits &units, QObject *context, Callback<Done> done) override;
    void remove(QObject *context, Callback<Done> done) override;
    bool isInstalled() const override;
    QStringList unitPaths() const override;

private:
    QString m_systemctl;
    QString m_unitFolder;
    QString m_runtimeFolder;
};
