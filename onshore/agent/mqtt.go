package agent

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/url"
	"sync/atomic"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// mqttMessage is a received message and the connection it came on.
type mqttMessage struct {
	msg mqtt.Message
	gen uint64
}

// mqttSource subscribes with QoS 1 on a persistent session and acknowledges
// a message only once its event is durable in the queue (or rejected for
// good). When the queue refuses an event, the source stops acknowledging,
// waits for room, and reconnects: the broker then redelivers every
// unacknowledged message, in order.
type mqttSource struct {
	a      *Agent
	cfg    MQTTConfig
	msgs   chan mqttMessage
	gen    atomic.Uint64
	overun atomic.Bool // a message could not be buffered
	client mqtt.Client
}

// mqttBuffer holds received messages; the broker's in-flight window
// (mosquitto's max_inflight_messages, 20 by default) keeps it far from full.
const mqttBuffer = 4096

func (a *Agent) runMQTT(ctx context.Context, cfg MQTTConfig) error {
	s := &mqttSource{a: a, cfg: cfg, msgs: make(chan mqttMessage, mqttBuffer)}
	s.down()
	a.log.Info("mqtt connecting", "broker", cfg.Broker, "tls", cfg.TLS(), "client_cert", cfg.CertFile != "",
		"username", cfg.Username, "unhealthy_after", cfg.unhealthyAfter())
	if cfg.Username != "" && !cfg.TLS() {
		a.log.Warn("mqtt username and password cross the network in clear text: use mqtts:// (with ca_file) on any network you do not own",
			"broker", cfg.Broker, "username", cfg.Username)
	}
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	go s.watch(watchCtx)
	if err := s.connect(ctx); err != nil {
		return err
	}
	defer func() { s.client.Disconnect(250) }()
	return s.consume(ctx)
}

// up and down record the broker connection's state: the gauge, and since
// when it is down (for /healthz and the watch).
func (s *mqttSource) up() {
	s.a.mqttFailure.Store(nil)
	s.a.mqttConnected.Store(true)
	s.a.metrics.SourceConnected.WithLabelValues("mqtt").Set(1)
}

func (s *mqttSource) down() {
	s.a.mqttDownSince.Store(time.Now().UnixNano())
	s.a.mqttConnected.Store(false)
	s.a.metrics.SourceConnected.WithLabelValues("mqtt").Set(0)
}

// failed records a failed connection attempt: a refusal (TLS, credentials)
// is logged as an error once per change of reason and fails /healthz at
// once; an unreachable broker is left to watch.
func (s *mqttSource) failed(err error) {
	reason, named := classifyMQTT(s.cfg, clientLeaf(s.a.mqttTLS), err)
	s.a.metrics.SourceConnectFailures.WithLabelValues("mqtt", reason).Inc()
	f := &connFailure{reason: reason, err: named}
	prev := s.a.mqttFailure.Swap(f)
	switch {
	case f.refused() && (prev == nil || prev.reason != reason):
		s.a.log.Error("mqtt broker refused the agent; /healthz fails until it connects", "broker", s.cfg.Broker, "reason", reason, "err", named)
	case f.refused():
		s.a.log.Debug("mqtt broker refused the agent again", "broker", s.cfg.Broker, "reason", reason)
	case prev.refused():
		s.a.log.Warn("mqtt broker unreachable (it refused the agent before)", "broker", s.cfg.Broker, "err", err)
	default:
		s.a.log.Debug("mqtt connection attempt failed", "broker", s.cfg.Broker, "err", err)
	}
}

// watch logs, once per outage, when the broker has been unreachable for
// longer than UnhealthyAfter (paho retries silently), and when it is back.
func (s *mqttSource) watch(ctx context.Context) {
	limit := s.cfg.unhealthyAfter()
	t := time.NewTicker(min(limit/4, time.Second))
	defer t.Stop()
	unhealthy := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		down, d := s.a.mqttDown()
		switch {
		case down && d > limit && !unhealthy:
			unhealthy = true
			var last error
			if f := s.a.mqttFailure.Load(); f != nil {
				last = f.err
			}
			s.a.log.Error("mqtt broker unreachable; /healthz fails until it is back", "broker", s.cfg.Broker, "for", d.Round(time.Second), "last_err", last)
		case !down && unhealthy:
			unhealthy = false
			s.a.log.Info("mqtt broker reachable again", "broker", s.cfg.Broker)
		}
	}
}

func (s *mqttSource) connect(ctx context.Context) error {
	gen := s.gen.Add(1)
	opts := mqtt.NewClientOptions().
		AddBroker(s.cfg.Broker).
		SetClientID(s.cfg.ClientID).
		SetCleanSession(false).
		SetAutoAckDisabled(true).
		SetOrderMatters(true).
		SetAutoReconnect(true).
		SetConnectRetry(true).
		SetConnectRetryInterval(time.Second).
		SetMaxReconnectInterval(10 * time.Second).
		SetKeepAlive(30 * time.Second).
		SetProtocolVersion(4). // MQTT 3.1.1; no silent fallback to 3.1 that would hide a refusal's reason
		SetTLSConfig(s.a.mqttTLS).
		SetConnectionNotificationHandler(func(_ mqtt.Client, n mqtt.ConnectionNotification) {
			if f, ok := n.(mqtt.ConnectionNotificationFailed); ok {
				s.failed(f.Reason)
			}
		})
	if s.a.mqttTLS != nil {
		opts.SetCustomOpenConnectionFn(func(uri *url.URL, o mqtt.ClientOptions) (net.Conn, error) {
			return dialBroker(uri.Host, s.a.mqttTLS, o.ConnectTimeout)
		})
	}
	if s.cfg.Username != "" {
		opts.SetUsername(s.cfg.Username).SetPassword(s.a.mqttPassword)
	}
	handler := func(_ mqtt.Client, m mqtt.Message) {
		if s.overun.Load() {
			return // after a dropped message, drop the rest too: order is kept by the redelivery
		}
		select {
		case s.msgs <- mqttMessage{msg: m, gen: gen}:
		default:
			s.overun.Store(true) // not acknowledged: redelivered after the resync
		}
	}
	// The default handler, not a subscription route: on a resumed session the
	// broker redelivers unacknowledged messages before the subscription is
	// renewed, and paho drops (without acknowledging) messages no handler
	// matches.
	opts.SetDefaultPublishHandler(handler)
	opts.SetOnConnectHandler(func(c mqtt.Client) {
		s.up()
		s.a.log.Info("mqtt connected", "broker", s.cfg.Broker, "topic", s.cfg.Topic, "client_id", s.cfg.ClientID)
		tok := c.Subscribe(s.cfg.Topic, 1, nil)
		go func() {
			if !tok.WaitTimeout(30 * time.Second) {
				s.a.log.Error("mqtt subscribe timed out", "topic", s.cfg.Topic)
				return
			}
			if err := tok.Error(); err != nil {
				s.a.log.Error("mqtt subscribe failed", "topic", s.cfg.Topic, "err", err)
				return
			}
			s.a.mqttSubscribed.Store(true)
		}()
	})
	opts.SetConnectionLostHandler(func(_ mqtt.Client, err error) {
		s.down()
		s.a.log.Warn("mqtt connection lost; reconnecting", "broker", s.cfg.Broker, "err", err)
	})
	s.client = mqtt.NewClient(opts)
	tok := s.client.Connect()
	select {
	case <-tok.Done():
		if err := tok.Error(); err != nil {
			return fmt.Errorf("mqtt connect %s: %w", s.cfg.Broker, err)
		}
	case <-ctx.Done():
		return nil
	}
	return nil
}

// maxMQTTGroup bounds the messages ingested in one queue transaction.
const maxMQTTGroup = 512

func (s *mqttSource) consume(ctx context.Context) error {
	for {
		var batch []mqttMessage
		select {
		case m := <-s.msgs:
			batch = append(batch, m)
		case <-ctx.Done():
			return nil
		}
	more:
		for len(batch) < maxMQTTGroup {
			select {
			case m := <-s.msgs:
				batch = append(batch, m)
			default:
				break more
			}
		}
		cur := s.gen.Load()
		var live []mqttMessage
		for _, m := range batch {
			if m.gen == cur { // older ones are redelivered on the current connection
				live = append(live, m)
			}
		}
		if len(live) == 0 {
			continue
		}
		items := make([]Item, len(live))
		for i, m := range live {
			items[i] = decodeMessage(m.msg.Topic(), m.msg.Payload())
		}
		s.a.received("mqtt", len(items))
		outs, _ := s.a.Ingest(ctx, "mqtt", items, nil)
		refused := 0
		for i, o := range outs {
			if Refused(o) {
				refused++
				continue
			}
			if refused > 0 {
				continue // never acknowledge past a refused message
			}
			if h := s.a.hooks.skipAck; h != nil && h(live[i].msg.Payload()) {
				continue
			}
			live[i].msg.Ack()
		}
		if refused > 0 || s.overun.Load() {
			if err := s.resync(ctx); err != nil {
				return err
			}
		}
	}
}

// resync waits until the queue has room again, then reconnects so that the
// broker redelivers the unacknowledged messages.
func (s *mqttSource) resync(ctx context.Context) error {
	s.a.log.Warn("mqtt: events refused; pausing acknowledgements until the queue has room", "queue_bytes", s.a.q.Bytes(), "budget", s.a.q.Budget())
	want := s.a.q.Budget() / 10
	for s.a.q.Free() < want {
		t := time.NewTimer(time.Second)
		select {
		case <-s.a.q.Removed():
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil
		}
		t.Stop()
	}
	s.client.Disconnect(250)
	s.overun.Store(false)
	// Messages still buffered belong to the old connection: connect bumps
	// the generation, and consume drops them (the broker redelivers them).
	return s.connect(ctx)
}

// decodeMessage reads one signed event (JSON) from an MQTT payload.
func decodeMessage(topic string, payload []byte) Item {
	it := Item{Raw: payload, Pos: "topic " + topic}
	if err := it.Event.UnmarshalJSON(bytes.TrimSpace(payload)); err != nil {
		it.Event, it.Err = telemetry.SignedEvent{}, err
	}
	return it
}
