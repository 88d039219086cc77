#pragma once

#include "watchtimer.h"

#include <QPointer>

#include <functional>

// WatchTimer as a systemd user timer: unit files in ~/.config/systemd/user, driven through
// `systemctl --user`, every run asynchronous.
class SystemdUserTimer : public WatchTimer
{
    Q_OBJECT

public:
    // How long one systemctl run may take before it counts as failed.
    static constexpr int systemctlTimeoutMilliseconds = 10000;

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
    // One finished `systemctl --user ...`: started false when it could not run at all (or was
    // killed after the timeout).
    struct Run
    {
        QStringList arguments;
        bool started = false;
        int exitCode = -1;
        QString out;
        QString err;

        bool ok() const { return started && exitCode == 0; }
        QString technical() const;
    };
    using RunDone = std::function<void(const Run &)>;

    void systemctl(const QStringList &arguments, RunDone done);
    void writeUnits(const WatchUnits &units, const QPointer<QObject> &context,
                    const Callback<Done> &done);
    void reloadAndEnable(const QPointer<QObject> &context, const Callback<Done> &done);
    void removeFiles(const QPointer<QObject> &context, const Callback<Done> &done);
    QString unitFolder() const;
    QString runtimeFolder() const;
    static ApiError failure(const QString &sentence, const QString &technical);

    QString m_systemctl;
    QString m_unitFolder;
    QString m_runtimeFolder;
};
