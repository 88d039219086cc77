// The wizard library is built in the wizard issue; this file keeps the target valid.
