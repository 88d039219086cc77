#pragma once

#include "microsoftaccount.h"
#include "operationtracker.h"

#include <QObject>
#include <QPointer>

// How the repair's parts call Power BI: with the signed-in account's token (renewed once when
// the service says it expired, see MicrosoftAccount::call), and never a request more for an
// operation cancelled meanwhile. cancelAll() on the tracker also stops the requests in flight.
class PowerBiCaller : public QObject
{
    Q_OBJECT

public:
    // Both must outlive the caller.
    PowerBiCaller(MicrosoftAccount *account, OperationTracker *operations,
                  QObject *parent = nullptr);

    template<typename T> void call(PowerBiOperation<T> operation, Callback<T> done);

    MicrosoftAccount *account() const { return m_account; }
    // A service principal has no My workspace and may only use NoNotification.
    bool isServicePrincipal() const;
    // The signed-in user's name; empty for a service principal (whose name is its client id,
    // which owns nothing by name) and when signed out.
    QString userName() const;

    // A refusal for want of permission, said for who is signed in: a service principal needs
    // the tenant's permission and workspace membership; a user needs access to the workspace.
    // A service principal's token refused twice points to its settings, not to a sign-in.
    ApiError explainRefusal(const ApiError &error) const;

private:
    void stopRequests();

    QPointer<MicrosoftAccount> m_account;
    QPointer<OperationTracker> m_operations;
};

template<typename T> void PowerBiCaller::call(PowerBiOperation<T> operation, Callback<T> done)
{
    const AsyncGuard guard = m_operations->guard(this);
    m_account->call<T>(
        [guard, operation](PowerBiClient &client, QObject *context, Callback<T> answer) {
            if (!guard.isCurrent())
                return answer(guard.cancelledError());
            operation(client, context, answer);
        },
        this,
        [this, done = std::move(done)](Result<T> answer) {
            done(answer ? std::move(answer) : Result<T>(explainRefusal(answer.error())));
        });
}
