// Corpus: blind4 / storefront: a class component wrapped by withLDConsumer.
// Source: launchdarkly-react-client-sdk (withLDConsumer injects flags and ldClient props).
import { Component } from 'react';
import { withLDConsumer, type LDProps } from 'launchdarkly-react-client-sdk';

type Props = LDProps & { orderId: string };

class OrderTracker extends Component<Props> {
  render() {
    const { flags, orderId } = this.props;
    const liveMap = flags?.sfLiveTrackingMap;
    return (
      <div>
        <h2>Order {orderId}</h2>
        {liveMap ? <div id="map" /> : <p>Tracking updates by email</p>}
        {flags?.sfCourierChat && <button type="button">Chat with courier</button>}
      </div>
    );
  }
}

export default withLDConsumer()(OrderTracker);
