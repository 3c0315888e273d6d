-- SPDX-License-Identifier: Apache-2.0
-- Chat between two users, their messages, presence across instances, and notifications.

CREATE TABLE chats (
    id {{id}},
    user_low BIGINT NOT NULL REFERENCES users (id),
    user_high BIGINT NOT NULL REFERENCES users (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    last_message_id BIGINT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (user_low, user_high)
);
CREATE INDEX chats_high ON chats (user_high);

CREATE TABLE chat_messages (
    id {{id}},
    chat_id BIGINT NOT NULL REFERENCES chats (id),
    sender_id BIGINT NOT NULL REFERENCES users (id),
    receiver_id BIGINT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seen_at TEXT
);
CREATE INDEX chat_messages_chat ON chat_messages (chat_id, id);
CREATE INDEX chat_messages_unseen ON chat_messages (receiver_id, seen_at, chat_id);

CREATE TABLE chat_profiles (
    user_id BIGINT PRIMARY KEY REFERENCES users (id),
    display_name TEXT NOT NULL,
    about TEXT,
    initialized_at TEXT NOT NULL,
    last_seen_at TEXT,
    last_digest_at TEXT
);

-- Which instance holds how many sockets of a user; rows of instances whose heartbeat stopped are ignored.
CREATE TABLE server_instances (
    id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL
);

CREATE TABLE chat_presence (
    instance_id TEXT NOT NULL,
    user_id BIGINT NOT NULL,
    connections INTEGER NOT NULL,
    PRIMARY KEY (instance_id, user_id)
);
CREATE INDEX chat_presence_user ON chat_presence (user_id);

CREATE TABLE notifications (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    read_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id, read_at);
